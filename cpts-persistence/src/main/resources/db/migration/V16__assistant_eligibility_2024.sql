-- The general practitioners' activity threshold counts the adult patients who chose the doctor as médecin traitant,
-- not the patients seen in the year: the column says so. Since the 2024 convention surgeons, ENT specialists and
-- gynaecologists qualify with at least 80 % of clinical fees: the share is recorded when declared.
alter table assistant_subsidy_request
    rename column adult_patients_in_year to medecin_traitant_adult_patients;
alter table assistant_subsidy_request
    add column clinical_fees_share integer check (clinical_fees_share between 0 and 100);

-- The derogations a medical-assistant request claims (new installation, disability or long-term illness, shared
-- assistant), by code; the eligibility rules decide what each one waives.
alter table assistant_subsidy_request
    add column claimed_derogations text[] not null default '{}'
        check (claimed_derogations <@ array['NEW_INSTALLATION', 'DISABILITY_OR_LONG_TERM_ILLNESS', 'SHARED_ASSISTANT']);
