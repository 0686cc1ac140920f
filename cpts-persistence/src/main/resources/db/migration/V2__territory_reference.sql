-- French administrative geography: the code officiel géographique as published by the npm package
-- @etalab/decoupage-administratif. The tables are only created here; their rows are loaded (and reloaded when the
-- package version changes) by the repeatable Java migration fr.cpts.persistence.territory.TerritoryReferenceMigration.
-- A row that vanishes from a newer edition is never deleted (CPTS territories may refer to it): its retired_in
-- column names the edition it vanished from, and searches ignore it.
-- Between these reference tables there is no foreign key: only the loader writes them, and it checks the same
-- links with a few set-based queries before it commits (per-row foreign-key triggers doubled the load time, and
-- every new database, every test context included, loads 35,000 communes). Tables that refer to the reference
-- data from elsewhere (a CPTS territory's communes) should declare foreign keys to it as usual.

-- Régions, and the collectivités d'outre-mer the reference lists alongside them (three-digit codes: 975, 984...).
create table region (
    code       varchar(3)   primary key,
    name       varchar(100) not null,
    retired_in varchar(30)
);

-- Départements, and the collectivités d'outre-mer the reference lists alongside them.
create table departement (
    code        varchar(3)   primary key,
    name        varchar(100) not null,
    region_code varchar(3)   not null, -- region (code)
    retired_in  varchar(30)
);

-- Current communes (type commune-actuelle). population is the population municipale; null when the reference
-- gives none (uninhabited overseas territories): unknown, never zero.
create table commune (
    code             varchar(5)   primary key,
    name             varchar(100) not null,
    -- the name as SearchText.normalise gives it (no accents, lower case, punctuation as spaces)
    search_name      varchar(100) not null,
    population       integer      check (population >= 0),
    postal_codes     varchar(5)[] not null default '{}',
    departement_code varchar(3)   not null, -- departement (code)
    region_code      varchar(3)   not null, -- region (code)
    retired_in       varchar(30)
);
-- prefix searches: by name (search_name like 'saint etienne%') and by INSEE code (code like '33%')
create index commune_search_name_idx on commune (search_name text_pattern_ops);
create index commune_code_prefix_idx on commune (code text_pattern_ops);
create index commune_departement_idx on commune (departement_code);

-- EPCI à fiscalité propre (SIREN code) and their member communes.
create table epci (
    code       varchar(9)   primary key,
    name       varchar(200) not null,
    kind       varchar(10)  not null,
    population integer      check (population >= 0),
    retired_in varchar(30)
);

create table epci_commune (
    epci_code    varchar(9) not null, -- epci (code)
    commune_code varchar(5) not null, -- commune (code)
    primary key (epci_code, commune_code)
);
create index epci_commune_commune_idx on epci_commune (commune_code);

-- Every load of the reference data: which package, which version, when, and what it changed.
create table reference_data_version (
    id                bigint generated always as identity primary key,
    package_name      varchar(100) not null,
    package_version   varchar(30)  not null,
    loaded_at         timestamptz  not null default now(),
    communes          integer      not null,
    communes_inserted integer      not null,
    communes_updated  integer      not null,
    communes_retired  integer      not null,
    duration_ms       bigint       not null
);
