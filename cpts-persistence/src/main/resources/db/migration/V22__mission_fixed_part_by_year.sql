-- A mission's fixed part for the contract years where it differs from the yearly one (the crisis mission pays for
-- writing its plan in year 1 and for updating it later): {"1": "25000.00"}, empty when every year pays the same.
alter table aci_contract_mission
    add column fixed_amounts_by_year jsonb not null default '{}'
        check (jsonb_typeof(fixed_amounts_by_year) = 'object');
