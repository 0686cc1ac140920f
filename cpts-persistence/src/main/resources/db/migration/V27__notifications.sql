-- What the platform tells each person, raised in the transaction of the change it tells of: read in the platform
-- (unread until marked), mailed at once, kept for the daily digest (digest_pending), or not mailed, as the person
-- chose for its kind. A notice told once only (a date coming due) carries a key.
create table notification (
    id             bigint generated always as identity primary key,
    account_id     bigint       not null references account (id),
    kind           varchar(30)  not null,
    cpts_id        bigint       references cpts (id),
    title          varchar(500) not null check (length(trim(title)) > 0),
    link           varchar(500) not null check (link like '/%'),
    created_at     timestamptz  not null,
    read_at        timestamptz,
    digest_pending boolean      not null default false,
    digested_at    timestamptz,
    dedupe_key     varchar(200)
);
-- a person's list, newest first; their unread count (the header's badge); the digests due
create index notification_account_idx on notification (account_id, created_at desc, id desc);
create index notification_unread_idx on notification (account_id) where read_at is null;
create index notification_digest_idx on notification (account_id, created_at) where digest_pending;
create unique index notification_once_uq on notification (account_id, dedupe_key) where dedupe_key is not null;

-- How each person wants each kind mailed; a kind never chosen is mailed at once.
create table notification_preference (
    account_id bigint      not null references account (id),
    kind       varchar(30) not null,
    frequency  varchar(15) not null check (frequency in ('IMMEDIATE', 'DAILY_DIGEST', 'NO_MAIL')),
    primary key (account_id, kind)
);
