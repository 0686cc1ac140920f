-- Failed sign-ins per key (login, address, or both), shared by every instance and never evicted: the counter of a
-- key restarts after a window without failures, and is deleted on a success or by the nightly purge.
create table sign_in_failure (
    key             varchar(400) primary key,
    failures        integer      not null check (failures > 0),
    last_failure_at timestamptz  not null
);

create index sign_in_failure_last_failure_at on sign_in_failure (last_failure_at);
