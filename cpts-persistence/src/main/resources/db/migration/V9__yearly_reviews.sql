-- The yearly review (revue annuelle) of each contract year: the CPTS's declaration of each indicator, the CPAM's
-- assessment, the history of moves, evidence, and the payment statement issued at closing. A closed review never
-- changes (trigger below).
create table yearly_review (
    id               bigint      generated always as identity primary key,
    cpts_id          bigint      not null references aci_contract (cpts_id),
    contract_year    int         not null check (contract_year between 1 and 5),
    contract_version int         not null,
    state            varchar(30) not null
        check (state in ('DRAFT', 'SUBMITTED', 'CORRECTIONS_REQUESTED', 'CLOSED')),
    opened_at        timestamptz not null,
    -- the ARS recorded a serious health crisis during the year: the crisis mission's variable part is due
    crisis_declared  boolean     not null default false,
    version          bigint      not null default 1,
    unique (cpts_id, contract_year),
    foreign key (cpts_id, contract_version) references aci_contract_version (cpts_id, version)
);

create table yearly_review_indicator (
    review_id      bigint         not null references yearly_review (id),
    position       int            not null,
    name           varchar(300)   not null,
    declared_value numeric(14, 4),
    comment        text,
    decision       varchar(10)    check (decision in ('ACCEPTED', 'ADJUSTED')),
    retained_value numeric(14, 4),
    reason         text,
    primary key (review_id, name),
    check ((decision is null) = (retained_value is null)),
    check ((decision = 'ADJUSTED') = (reason is not null))
);

create table yearly_review_transition (
    review_id    bigint       not null references yearly_review (id),
    position     int          not null,
    move         varchar(30)  not null,
    from_state   varchar(30)  not null,
    to_state     varchar(30)  not null,
    username     varchar(100) not null,
    display_name varchar(200) not null,
    role         varchar(20)  not null,
    at           timestamptz  not null,
    indicator    varchar(300),
    reason       text,
    primary key (review_id, position)
);

create table yearly_review_evidence (
    id           bigint       generated always as identity primary key,
    review_id    bigint       not null references yearly_review (id),
    indicator    varchar(300) not null,
    filename     varchar(200) not null,
    content      bytea        not null,
    size         bigint       not null,
    username     varchar(100) not null,
    display_name varchar(200) not null,
    role         varchar(20)  not null,
    uploaded_at  timestamptz  not null
);
create index yearly_review_evidence_review_idx on yearly_review_evidence (review_id);

create table yearly_review_statement (
    review_id    bigint       primary key references yearly_review (id),
    filename     varchar(200) not null,
    content      bytea        not null,
    sha256       char(64)     not null,
    generated_at timestamptz  not null
);

-- Once closed, nothing of a review changes; its history and statement are append-only.
create function yearly_review_is_closed(review bigint) returns boolean language sql stable as $$
    select exists (select 1 from yearly_review r where r.id = review and r.state = 'CLOSED')
$$;

create function yearly_review_closed_is_frozen() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'yearly_review' then
        if old.state = 'CLOSED' then
            raise exception 'La revue annuelle % est clôturée : elle ne change plus (%)', old.id, tg_op;
        end if;
    elsif yearly_review_is_closed(case when tg_op = 'INSERT' then new.review_id else old.review_id end) then
        raise exception 'La revue annuelle est clôturée : elle ne change plus (%)', tg_op;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger yearly_review_frozen before update or delete on yearly_review
    for each row execute function yearly_review_closed_is_frozen();
create trigger yearly_review_indicator_frozen before insert or update or delete on yearly_review_indicator
    for each row execute function yearly_review_closed_is_frozen();
create trigger yearly_review_evidence_frozen before insert or update or delete on yearly_review_evidence
    for each row execute function yearly_review_closed_is_frozen();

create function yearly_review_record_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'L''historique et le relevé de paiement d''une revue annuelle ne peuvent être ni modifiés ni effacés (%)', tg_op;
end $$;

create trigger yearly_review_transition_append_only before update or delete on yearly_review_transition
    for each row execute function yearly_review_record_is_append_only();
create trigger yearly_review_statement_append_only before update or delete on yearly_review_statement
    for each row execute function yearly_review_record_is_append_only();
