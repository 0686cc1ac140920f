-- A porteur may sign up alone, before any CPTS exists (then creates one, or joins one on an invitation): a porteur's
-- account may be bound to no CPTS. A signed-up porteur states a profession, an optional RPPS number and the date
-- they accepted the terms of use.
alter table account drop constraint account_scope_fits_role;
alter table account add constraint account_scope_fits_role check (
    (role = 'PORTEUR' and region_code is null)
    or (role = 'ARS_OFFICER' and cpts_id is null and region_code is not null)
    or (role in ('CPAM_OFFICER', 'ADMINISTRATOR') and cpts_id is null and region_code is null));
alter table account
    add column profession        varchar(40),
    add column rpps              char(11) check (rpps ~ '^[0-9]{11}$'),
    add column terms_accepted_at timestamptz;

-- A sign-up waiting for its mail address to be verified: no account exists until the single-use link (valid 24 h,
-- only its SHA-256 kept) is followed; the password is kept hashed only. An invitation followed to sign up is joined
-- when the account is created.
create table sign_up (
    token_hash        char(64)     primary key,
    email             varchar(320) not null check (email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
    first_name        varchar(100) not null,
    last_name         varchar(100) not null,
    profession        varchar(40)  not null,
    rpps              char(11) check (rpps ~ '^[0-9]{11}$'),
    password_hash     varchar(200) not null,
    invitation_hash   char(64),
    requested_at      timestamptz  not null,
    expires_at        timestamptz  not null,
    used_at           timestamptz,
    check (expires_at > requested_at)
);
create index sign_up_email_idx on sign_up (lower(email), requested_at);

-- A porteur invites a colleague to join their CPTS: a single-use link sent by mail, valid 7 days, only its SHA-256
-- kept; used by the account that joined, or withdrawn by a porteur of the CPTS.
create table porteur_invitation (
    token_hash   char(64)     primary key,
    cpts_id      bigint       not null references cpts (id),
    email        varchar(320) not null check (email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
    invited_by   varchar(100) not null,
    invited_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    used_at      timestamptz,
    used_by      varchar(100),
    withdrawn_at timestamptz,
    check (expires_at > invited_at)
);
create index porteur_invitation_cpts_idx on porteur_invitation (cpts_id, invited_at desc);
