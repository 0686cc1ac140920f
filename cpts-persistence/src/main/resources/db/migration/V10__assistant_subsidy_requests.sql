-- Medical-assistant subsidy requests (demandes d'aide à l'emploi d'un assistant médical) that the porteur of a CPTS
-- files for a member doctor, and their decision by the CPAM of the CPTS's département. The columns hold what the
-- funding engine needs to check the doctor's eligibility and compute the yearly amounts (chosen by the hiring date).
create table assistant_subsidy_request (
    id                             bigint generated always as identity primary key,
    cpts_id                        bigint       not null references cpts (id),
    state                          varchar(20)  not null check (state in ('DRAFT', 'FILED', 'ACCEPTED', 'REFUSED')),
    doctor_name                    varchar(200) not null check (length(trim(doctor_name)) > 0),
    -- Répertoire partagé des professionnels de santé: 11 digits
    rpps                           char(11)     not null check (rpps ~ '^[0-9]{11}$'),
    specialty_code                 varchar(60)  not null,
    sector                         varchar(20)  not null check (sector in ('SECTOR_1', 'SECTOR_2', 'NOT_CONTRACTED')),
    optam                          boolean      not null,
    doctors_in_practice            integer      not null check (doctors_in_practice between 1 and 500),
    in_under_served_zone           boolean      not null,
    in_most_under_served_territory boolean      not null,
    committed_to_coordinated_practice boolean   not null,
    adult_patients_in_year         bigint       not null check (adult_patients_in_year between 0 and 100000),
    activity_percentile            integer      not null check (activity_percentile between 0 and 100),
    structure_indicators_validated boolean      not null,
    working_time                   varchar(10)  not null check (working_time in ('THIRD', 'HALF', 'FULL')),
    hiring_date                    date         not null,
    created_at                     timestamptz  not null,
    -- when the request entered its current state: the CPAM works the oldest filed first
    in_state_since                 timestamptz  not null,
    version                        bigint       not null default 0,
    constraint assistant_subsidy_request_optam_sector check (not optam or sector = 'SECTOR_2')
);
-- the requests of the CPTS a person's scope covers, by state and age
create index assistant_subsidy_request_cpts_idx on assistant_subsidy_request (cpts_id, state, in_state_since);

-- The timeline: filing and decision, who made each move, when, and why. Written in the same transaction as the
-- request's new state.
create table assistant_subsidy_request_transition (
    request_id     bigint       not null references assistant_subsidy_request (id),
    position       integer      not null check (position >= 0),
    move           varchar(20)  not null check (move in ('FILE', 'ACCEPT', 'REFUSE')),
    from_state     varchar(20)  not null,
    to_state       varchar(20)  not null,
    actor_username varchar(100) not null,
    actor_name     varchar(200) not null,
    actor_role     varchar(20)  not null,
    at             timestamptz  not null,
    reason         text,
    primary key (request_id, position),
    constraint assistant_subsidy_request_refusal_reason check (move <> 'REFUSE' or reason is not null)
);

-- A decided request (accepted or refused) never changes; its timeline is only ever appended to.
create function assistant_subsidy_request_decided_is_frozen() returns trigger language plpgsql as $$
begin
    if old.state in ('ACCEPTED', 'REFUSED') then
        raise exception 'La demande d''aide % est décidée : elle ne change plus (%)', old.id, tg_op;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger assistant_subsidy_request_frozen before update or delete on assistant_subsidy_request
    for each row execute function assistant_subsidy_request_decided_is_frozen();

create function assistant_subsidy_request_timeline_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'L''historique d''une demande d''aide ne peut être ni modifié ni effacé (%)', tg_op;
end $$;

create trigger assistant_subsidy_request_transition_append_only
    before update or delete on assistant_subsidy_request_transition
    for each row execute function assistant_subsidy_request_timeline_is_append_only();
