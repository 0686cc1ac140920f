-- The FIR seed-grant ranges become dated versions: each région's range applies from its effective date until the
-- next version's, so a grant is checked against the range in force on the day it was decided and an earlier decision
-- keeps its range; the history stays, each change with who recorded it and when (and journalled).
create table fir_seed_range_version (
    id             bigint generated always as identity primary key,
    region_code    varchar(2)     not null,
    minimum        numeric(12, 2) not null check (minimum >= 0),
    maximum        numeric(12, 2) not null,
    source         text           not null check (length(trim(source)) > 0),
    effective_from date           not null,
    recorded_by    varchar(100)   not null,
    recorded_at    timestamptz    not null default now(),
    check (minimum <= maximum),
    unique (region_code, effective_from)
);
insert into fir_seed_range_version (region_code, minimum, maximum, source, effective_from, recorded_by, recorded_at)
select region_code, minimum, maximum, source, date '2020-08-01', 'système', updated_at from fir_seed_range;
drop table fir_seed_range;
