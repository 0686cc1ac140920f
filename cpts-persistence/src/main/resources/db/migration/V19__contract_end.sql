-- The end of an ACI contract as a party records it (résiliation, or non-renouvellement at its term): from that day no
-- payment is ordered and what was advanced for the days after it is recovered pro rata. Recorded once, never changed.
alter table aci_contract
    add column end_cause       varchar(20),
    add column ended_on        date,
    add column end_reason      text,
    add column ended_by        varchar(100),
    add column ended_by_name   varchar(200),
    add column ended_by_role   varchar(30),
    add column end_recorded_at timestamptz,
    add constraint aci_contract_end_complete check (
        (end_cause is null and ended_on is null and end_reason is null and ended_by is null and ended_by_name is null
            and ended_by_role is null and end_recorded_at is null)
        or (end_cause in ('TERMINATION', 'NON_RENEWAL') and ended_on is not null and end_reason is not null
            and ended_by is not null and ended_by_name is not null and ended_by_role is not null
            and end_recorded_at is not null));

create function aci_contract_end_is_final() returns trigger language plpgsql as $$
begin
    if old.end_cause is not null and (new.end_cause, new.ended_on, new.end_reason, new.ended_by, new.end_recorded_at)
            is distinct from (old.end_cause, old.ended_on, old.end_reason, old.ended_by, old.end_recorded_at) then
        raise exception 'La fin du contrat ACI de la CPTS % est enregistrée : elle ne change plus.', old.cpts_id;
    end if;
    return new;
end $$;

create trigger aci_contract_end_final before update on aci_contract
    for each row execute function aci_contract_end_is_final();
