-- The dossiers a CPTS files with its ARS (letter of intent, health project), their instruction and what surrounds
-- it. The CPTS stage now follows the dossiers (computed when a CPTS is read): cpts.stage keeps only the stage reached
-- outside them (the signed contract, the yearly reviews), so the stages the dossiers lead to are reset here.
update cpts set stage = 'INITIATIVE' where stage in ('LETTRE_INTENTION', 'PROJET_SANTE');
comment on column cpts.stage is
    'Stage reached outside the dossiers (CONTRAT_ACI, REVUE_ANNUELLE) or INITIATIVE; the shown stage is the later '
    'of this one and the one the dossiers lead to';

-- One letter of intent and one health project per CPTS. The text columns serve both kinds: summary is the first
-- diagnostic (LI) or the territorial diagnostic (PS); actors the actors and partners (LI) or actors engaged (PS).
create table dossier (
    id                  bigint generated always as identity primary key,
    cpts_id             bigint      not null references cpts (id),
    kind                varchar(20) not null check (kind in ('LETTRE_INTENTION', 'PROJET_SANTE')),
    state               varchar(30) not null check (state in ('DRAFT', 'SUBMITTED', 'UNDER_INSTRUCTION',
        'CORRECTIONS_REQUESTED', 'VALIDATED', 'REFUSED', 'CLOSED_WITHOUT_FOLLOW_UP')),
    diagnostic          text        not null default '',
    actors              text        not null default '',
    objectives          text        not null default '',
    evaluation          text        not null default '',
    financial_framing   text        not null default '',
    information_sharing text        not null default '',
    protocols           text        not null default '',
    created_at          timestamptz not null,
    -- when the dossier entered its current state: the ARS works the oldest waiting first
    in_state_since      timestamptz not null,
    version             bigint      not null default 0
);
create unique index dossier_cpts_kind_uq on dossier (cpts_id, kind);
create index dossier_state_since_idx on dossier (state, in_state_since);

-- Per ACI mission: the orientation of the letter of intent, or the fiche action of the health project.
create table dossier_mission (
    dossier_id             bigint      not null references dossier (id) on delete cascade,
    mission                varchar(40) not null check (mission in ('ACCES_SOINS', 'PARCOURS', 'PREVENTION',
        'CRISES_SANITAIRES', 'QUALITE_PERTINENCE', 'ACCOMPAGNEMENT_PROFESSIONNELS')),
    orientation            text        not null default '',
    operational_objectives text        not null default '',
    means                  text        not null default '',
    actions                text        not null default '',
    calendar               text        not null default '',
    indicators             text        not null default '',
    primary key (dossier_id, mission)
);

-- The provisional timetable of a letter of intent, in the order the porteur wrote it.
create table dossier_milestone (
    dossier_id bigint       not null references dossier (id) on delete cascade,
    position   integer      not null check (position >= 0),
    due_on     date,
    label      varchar(500) not null,
    primary key (dossier_id, position)
);

-- The timeline: every move of the instruction cycle, who made it, when, and why. Written in the same transaction as
-- the dossier's new state.
create table dossier_transition (
    dossier_id     bigint       not null references dossier (id) on delete cascade,
    position       integer      not null check (position >= 0),
    move           varchar(30)  not null,
    from_state     varchar(30)  not null,
    to_state       varchar(30)  not null,
    actor_username varchar(100) not null,
    actor_name     varchar(200) not null,
    actor_role     varchar(20)  not null,
    at             timestamptz  not null,
    reason         text,
    primary key (dossier_id, position)
);

-- Notes of the ARS officers, never shown to the porteur.
create table dossier_comment (
    id              bigint generated always as identity primary key,
    dossier_id      bigint       not null references dossier (id) on delete cascade,
    author_username varchar(100) not null,
    author_name     varchar(200) not null,
    author_role     varchar(20)  not null,
    at              timestamptz  not null,
    text            text         not null
);
create index dossier_comment_dossier_idx on dossier_comment (dossier_id, at);

-- The thread between the porteur and the ARS.
create table dossier_message (
    id              bigint generated always as identity primary key,
    dossier_id      bigint       not null references dossier (id) on delete cascade,
    author_username varchar(100) not null,
    author_name     varchar(200) not null,
    author_role     varchar(20)  not null,
    at              timestamptz  not null,
    text            text         not null
);
create index dossier_message_dossier_idx on dossier_message (dossier_id, at);

-- PDF attachments of a dossier (message_id null) or of one of its messages. The bytes stay in the database, outside
-- the web root; pages read the other columns only.
create table dossier_attachment (
    id                bigint generated always as identity primary key,
    dossier_id        bigint       not null references dossier (id) on delete cascade,
    message_id        bigint references dossier_message (id) on delete cascade,
    filename          varchar(160) not null,
    size_bytes        bigint       not null check (size_bytes > 0),
    content           bytea        not null,
    uploaded_username varchar(100) not null,
    uploaded_name     varchar(200) not null,
    uploaded_role     varchar(20)  not null,
    at                timestamptz  not null
);
create index dossier_attachment_dossier_idx on dossier_attachment (dossier_id, message_id);

-- Opinions (avis) the ARS asks of the URPS or the CPAM, and their answers.
create table dossier_opinion (
    id                  bigint generated always as identity primary key,
    dossier_id          bigint       not null references dossier (id) on delete cascade,
    body                varchar(10)  not null check (body in ('URPS', 'CPAM')),
    question            text         not null,
    requested_username  varchar(100) not null,
    requested_name      varchar(200) not null,
    requested_role      varchar(20)  not null,
    requested_at        timestamptz  not null,
    answer              text,
    answered_username   varchar(100),
    answered_name       varchar(200),
    answered_role       varchar(20),
    answered_at         timestamptz,
    constraint dossier_opinion_answer_complete check (
        (answer is null and answered_username is null and answered_at is null)
        or (answer is not null and answered_username is not null and answered_at is not null))
);
create index dossier_opinion_dossier_idx on dossier_opinion (dossier_id);
create index dossier_opinion_body_idx on dossier_opinion (body, answered_at);

-- The range within which each région's ARS grants the FIR seed money after a validated letter of intent: data an
-- administrator may edit, with its source. Default for every région: the range the ARS Guadeloupe webinar gives.
create table fir_seed_range (
    region_code varchar(2)     primary key,
    minimum     numeric(12, 2) not null check (minimum >= 0),
    maximum     numeric(12, 2) not null,
    source      text           not null,
    updated_at  timestamptz    not null default now(),
    check (minimum <= maximum)
);
insert into fir_seed_range (region_code, minimum, maximum, source)
select code, 10000, 50000,
       'Webinaire « La CPTS, un nouvel outil de coordination » (DGOS, ARS Guadeloupe, CGSS), 1er août 2020 : '
           || 'subvention FIR d''amorçage entre 10 000 € et 50 000 €, dès la validation de la lettre d''intention'
from (values ('01'), ('02'), ('03'), ('04'), ('06'), ('11'), ('24'), ('27'), ('28'), ('32'), ('44'), ('52'),
             ('53'), ('75'), ('76'), ('84'), ('93'), ('94')) as regions (code);

-- The FIR seed-grant decision carried by a validated letter of intent (one at most).
create table fir_seed_grant (
    dossier_id       bigint         primary key references dossier (id),
    amount           numeric(12, 2) not null check (amount >= 0),
    decided_on       date           not null,
    decided_username varchar(100)   not null,
    decided_name     varchar(200)   not null,
    recorded_at      timestamptz    not null
);
