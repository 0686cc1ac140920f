-- The address an account receives its mails at (verification, password reset, notifications), unique; and the
-- password-reset links sent: only the SHA-256 of each single-use token is kept, valid one hour, used at most once.
alter table account
    add column email varchar(320) check (email ~ '^[^@[:space:]]+@[^@[:space:]]+$');
create unique index account_email_uq on account (lower(email));

create table password_reset (
    token_hash   char(64)     primary key,
    username     varchar(100) not null,
    requested_at timestamptz  not null,
    expires_at   timestamptz  not null,
    used_at      timestamptz,
    check (expires_at > requested_at)
);
create index password_reset_username_idx on password_reset (lower(username), requested_at);
