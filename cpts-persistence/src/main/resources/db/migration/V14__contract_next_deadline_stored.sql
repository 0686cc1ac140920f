-- The earliest deadline of the contract in force that the CPTS has not met yet (a mission not reported started, or
-- not reported fully deployed), stored with each change that moves it (a signature, a progress report) instead of
-- being derived on read: the officers' contract list sorts on it (late first, then due within 30 days).
alter table aci_contract add column next_unmet_deadline date;

comment on column aci_contract.next_unmet_deadline is
    'Earliest start or full-deployment date of the version in force not yet reported as met; null when none';

create function aci_next_unmet_deadline(contract bigint) returns date language sql stable as $$
    with in_force as (
        select max(v.version) as version
        from aci_contract_version v
        where v.cpts_id = contract
          and (select count(*) from aci_contract_signature s
               where s.cpts_id = v.cpts_id and s.version = v.version) = 3)
    select min(each_date.due)
    from (select case when p.started_on is null then m.start_on end as start_due,
                 case when p.fully_deployed_on is null then m.fully_deployed_on end as deployment_due
          from aci_contract_mission m
          join in_force f on f.version = m.version
          left join aci_mission_progress p on p.cpts_id = m.cpts_id and p.mission = m.mission
          where m.cpts_id = contract) dates
    cross join lateral (values (dates.start_due), (dates.deployment_due)) as each_date(due)
$$;

create function aci_contract_deadline_moved() returns trigger language plpgsql as $$
begin
    update aci_contract set next_unmet_deadline = aci_next_unmet_deadline(new.cpts_id) where cpts_id = new.cpts_id;
    return null;
end
$$;

create trigger aci_contract_signed_deadline after insert on aci_contract_signature
    for each row execute function aci_contract_deadline_moved();
create trigger aci_mission_progress_deadline after insert or update on aci_mission_progress
    for each row execute function aci_contract_deadline_moved();

update aci_contract set next_unmet_deadline = aci_next_unmet_deadline(cpts_id);

create index aci_contract_next_unmet_deadline_idx on aci_contract (next_unmet_deadline);
