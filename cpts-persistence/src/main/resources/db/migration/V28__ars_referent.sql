-- An ARS officer flagged référent by the administrator opens, disables and enables the officer accounts of their own
-- région (its ARS officers, and the CPAM officers of its départements).
alter table account add column referent boolean not null default false;
alter table account add constraint account_referent_is_ars check (not referent or role = 'ARS_OFFICER');
