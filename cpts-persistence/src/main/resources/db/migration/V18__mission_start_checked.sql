-- The day the caisse checked the start a CPTS reported for a mission: the advance of the mission's fixed part falls
-- due on the reported start, shown as checked or still to check; a start reported again on another day is unchecked.
alter table aci_mission_progress
    add column start_checked_on date,
    add constraint aci_mission_progress_start_checked_needs_start
        check (start_checked_on is null or started_on is not null);
