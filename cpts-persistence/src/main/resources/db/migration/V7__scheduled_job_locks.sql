-- Locks of the scheduled jobs (ShedLock): when several instances run, each job runs on one of them at a time.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
