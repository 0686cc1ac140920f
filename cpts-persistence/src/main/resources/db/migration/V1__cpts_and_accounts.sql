-- One CPTS record: from the first idea to the yearly reviews.
create table cpts (
    id               bigint generated always as identity primary key,
    name             varchar(200) not null,
    region_code      varchar(2)   not null,
    departement_code varchar(3)   not null,
    stage            varchar(30)  not null
        check (stage in ('INITIATIVE', 'LETTRE_INTENTION', 'PROJET_SANTE', 'CONTRAT_ACI', 'REVUE_ANNUELLE')),
    created_at       timestamptz  not null default now(),
    version          bigint       not null default 0
);
create unique index cpts_name_uq on cpts (lower(name));
-- an ARS lists its région's CPTS, a CPAM its départements'
create index cpts_region_idx on cpts (region_code);
create index cpts_departement_idx on cpts (departement_code);

-- People who sign in, each bound to the scope their role allows.
create table account (
    id            bigint generated always as identity primary key,
    username      varchar(100) not null,
    display_name  varchar(200) not null,
    password_hash varchar(200) not null,
    role          varchar(20)  not null
        check (role in ('PORTEUR', 'ARS_OFFICER', 'CPAM_OFFICER', 'ADMINISTRATOR')),
    cpts_id       bigint references cpts (id),
    region_code   varchar(2),
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0,
    constraint account_scope_fits_role check (
        (role = 'PORTEUR' and cpts_id is not null and region_code is null)
        or (role = 'ARS_OFFICER' and cpts_id is null and region_code is not null)
        or (role in ('CPAM_OFFICER', 'ADMINISTRATOR') and cpts_id is null and region_code is null))
);
create unique index account_username_uq on account (lower(username));

-- The départements a CPAM officer covers.
create table account_departement (
    account_id       bigint     not null references account (id) on delete cascade,
    departement_code varchar(3) not null,
    primary key (account_id, departement_code)
);
