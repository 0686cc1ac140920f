-- The doctor's commitment recorded in a medical-assistant subsidy request (the patient list at the start and the
-- increase promised, from the year the rule set says), and the patient list the porteur declares for each contract
-- year of the accepted request (element n for year n, null while not declared).
alter table assistant_subsidy_request
    add column commitment_initial_patients bigint,
    add column commitment_increase_percent integer,
    add column declared_patient_lists      bigint[] not null default '{}',
    add constraint assistant_subsidy_request_commitment check (
        (commitment_initial_patients is null and commitment_increase_percent is null)
        or (commitment_initial_patients between 1 and 100000 and commitment_increase_percent between 0 and 100)),
    add constraint assistant_subsidy_request_declared_lists check (
        cardinality(declared_patient_lists) <= 5
        and 0 <= all (array_remove(declared_patient_lists, null))
        and 100000 >= all (array_remove(declared_patient_lists, null)));

-- A decided request still never changes, except the patient lists declared for an accepted one (and its version).
create or replace function assistant_subsidy_request_decided_is_frozen() returns trigger language plpgsql as $$
begin
    if old.state in ('ACCEPTED', 'REFUSED') then
        if tg_op = 'UPDATE' and old.state = 'ACCEPTED'
                and to_jsonb(new) - 'declared_patient_lists' - 'version'
                    = to_jsonb(old) - 'declared_patient_lists' - 'version' then
            return new;
        end if;
        raise exception 'La demande d''aide % est décidée : elle ne change plus (%)', old.id, tg_op;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
