-- The ACI contract of a CPTS (contrat tripartite CPTS, ARS, CPAM) through its versions: version 1 is the contract,
-- version N + 1 its N-th amendment (avenant). A version is signed once its three signatures are there; from the first
-- signature on, its terms never change (triggers below), and a signed version is never deleted.
create table aci_contract (
    cpts_id                     bigint      primary key references cpts (id),
    health_project_validated_on date        not null,
    signature_date              date        not null,
    created_at                  timestamptz not null default now(),
    version                     bigint      not null default 1
);

create table aci_contract_version (
    cpts_id          bigint       not null references aci_contract (cpts_id),
    version          int          not null check (version >= 1),
    amendment_reason text,
    bracket_code     varchar(10)  not null,
    population       bigint       not null check (population > 0),
    primary key (cpts_id, version),
    constraint aci_contract_version_reason check ((version = 1) = (amendment_reason is null))
);

create table aci_contract_mission (
    cpts_id           bigint        not null,
    version           int           not null,
    position          int           not null,
    mission           varchar(40)   not null,
    start_on          date          not null,
    fully_deployed_on date          not null,
    fixed_amount      numeric(12, 2) not null check (fixed_amount >= 0),
    primary key (cpts_id, version, mission),
    foreign key (cpts_id, version) references aci_contract_version (cpts_id, version)
);

create table aci_contract_indicator (
    cpts_id  bigint         not null,
    version  int            not null,
    mission  varchar(40)    not null,
    position int            not null,
    name     varchar(300)   not null,
    baseline numeric(14, 4) not null,
    target   numeric(14, 4) not null,
    reward   varchar(10)    not null check (reward in ('BINARY', 'TIERED')),
    -- the amount of a binary indicator; a tiered one's amounts are its tiers'
    amount   numeric(12, 2) check ((reward = 'BINARY') = (amount is not null)),
    primary key (cpts_id, version, name),
    foreign key (cpts_id, version, mission) references aci_contract_mission (cpts_id, version, mission)
);

create table aci_contract_indicator_tier (
    cpts_id   bigint         not null,
    version   int            not null,
    indicator varchar(300)   not null,
    position  int            not null,
    label     varchar(100)   not null,
    threshold numeric(14, 4) not null,
    amount    numeric(12, 2) not null check (amount >= 0),
    primary key (cpts_id, version, indicator, position),
    foreign key (cpts_id, version, indicator) references aci_contract_indicator (cpts_id, version, name)
);

create table aci_contract_signature (
    cpts_id      bigint       not null,
    version      int          not null,
    party        varchar(10)  not null check (party in ('CPTS', 'ARS', 'CPAM')),
    username     varchar(100) not null,
    display_name varchar(200) not null,
    role         varchar(20)  not null,
    signed_at    timestamptz  not null,
    primary key (cpts_id, version, party),
    foreign key (cpts_id, version) references aci_contract_version (cpts_id, version)
);

-- The PDF issued when a version was fully signed, with the SHA-256 of its bytes.
create table aci_contract_document (
    cpts_id      bigint       not null,
    version      int          not null,
    filename     varchar(200) not null,
    content      bytea        not null,
    sha256       char(64)     not null,
    generated_at timestamptz  not null,
    primary key (cpts_id, version),
    foreign key (cpts_id, version) references aci_contract_version (cpts_id, version)
);

-- What the CPTS reports of each mission's real deployment, checked against the contract's dates.
create table aci_mission_progress (
    cpts_id           bigint      not null references aci_contract (cpts_id),
    mission           varchar(40) not null,
    started_on        date,
    fully_deployed_on date,
    primary key (cpts_id, mission),
    check (fully_deployed_on is null or (started_on is not null and fully_deployed_on >= started_on))
);

-- Terms are frozen from the first signature of their version; signatures and issued documents never change.
create function aci_contract_terms_are_frozen() returns trigger language plpgsql as $$
declare
    row_cpts bigint := (case when tg_op = 'INSERT' then new.cpts_id else old.cpts_id end);
    row_version int := (case when tg_op = 'INSERT' then new.version else old.version end);
begin
    if exists (select 1 from aci_contract_signature s where s.cpts_id = row_cpts and s.version = row_version) then
        raise exception 'La version % du contrat ACI est signée : ses clauses ne changent plus (%)', row_version, tg_op;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger aci_contract_version_frozen before update or delete on aci_contract_version
    for each row execute function aci_contract_terms_are_frozen();
create trigger aci_contract_mission_frozen before insert or update or delete on aci_contract_mission
    for each row execute function aci_contract_terms_are_frozen();
create trigger aci_contract_indicator_frozen before insert or update or delete on aci_contract_indicator
    for each row execute function aci_contract_terms_are_frozen();
create trigger aci_contract_indicator_tier_frozen before insert or update or delete on aci_contract_indicator_tier
    for each row execute function aci_contract_terms_are_frozen();

create function aci_contract_record_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'Les signatures et documents du contrat ACI ne peuvent être ni modifiés ni effacés (%)', tg_op;
end $$;

create trigger aci_contract_signature_append_only before update or delete on aci_contract_signature
    for each row execute function aci_contract_record_is_append_only();
create trigger aci_contract_document_append_only before update or delete on aci_contract_document
    for each row execute function aci_contract_record_is_append_only();
