-- The territory of each CPTS: the communes whose population it serves.
-- One row per CPTS that has ever saved its territory, carrying the version used for optimistic locking: two people
-- editing the same territory never silently overwrite each other.
create table cpts_territory (
    cpts_id    bigint       primary key references cpts (id),
    version    bigint       not null check (version > 0),
    updated_at timestamptz  not null default now(),
    updated_by varchar(100) not null
);

-- No unique constraint on commune_code: a draft may claim a commune another CPTS already holds (the overlap is
-- found and shown, and refused when the letter of intent is filed or validated). The index serves that search.
create table cpts_territory_commune (
    cpts_id      bigint     not null references cpts_territory (cpts_id) on delete cascade,
    commune_code varchar(5) not null references commune (code),
    primary key (cpts_id, commune_code)
);
create index cpts_territory_commune_commune_idx on cpts_territory_commune (commune_code);

-- The CPTS profile (fiche CPTS): legal form, address, coordinator. Since ordinance 2021-584 of 12 May 2021 a CPTS
-- is an association loi 1901; the other forms are listed so that the refusal can name them (enforced by the domain).
create table cpts_profile (
    cpts_id             bigint       primary key references cpts (id),
    legal_form          varchar(30)  not null
        check (legal_form in ('ASSOCIATION_LOI_1901', 'SISA', 'GIE', 'GCS', 'COOPERATIVE', 'OTHER')),
    address_street      varchar(200) not null,
    address_postal_code varchar(5)   not null,
    address_city        varchar(100) not null,
    coordinator_name    varchar(200) not null,
    coordinator_email   varchar(200) not null,
    coordinator_phone   varchar(30)  not null,
    version             bigint       not null check (version > 0),
    updated_at          timestamptz  not null default now(),
    updated_by          varchar(100) not null
);

-- Its members: health professionals (by profession), care structures (ESP, MSP, CDS), medico-social and hospital
-- partners; position keeps the order people entered them in.
create table cpts_profile_member (
    cpts_id        bigint       not null references cpts_profile (cpts_id) on delete cascade,
    position       integer      not null check (position >= 0),
    kind           varchar(30)  not null
        check (kind in ('HEALTH_PROFESSIONAL', 'CARE_STRUCTURE', 'MEDICO_SOCIAL_PARTNER', 'HOSPITAL_PARTNER')),
    name           varchar(200) not null,
    profession     varchar(40),
    structure_type varchar(10)  check (structure_type in ('ESP', 'MSP', 'CDS')),
    commune_code   varchar(5)   references commune (code),
    primary key (cpts_id, position),
    constraint cpts_profile_member_detail_fits_kind check (
        (kind = 'HEALTH_PROFESSIONAL' and profession is not null and structure_type is null)
        or (kind = 'CARE_STRUCTURE' and profession is null and structure_type is not null)
        or (kind in ('MEDICO_SOCIAL_PARTNER', 'HOSPITAL_PARTNER') and profession is null and structure_type is null))
);
create index cpts_profile_member_commune_idx on cpts_profile_member (commune_code);
