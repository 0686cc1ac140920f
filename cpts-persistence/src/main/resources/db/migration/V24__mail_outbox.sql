-- Mails the platform sends (verification, password reset, notifications), queued in the transaction of the change
-- that causes them and delivered afterwards by one instance at a time, with retries; without a mail server (the
-- embedded default) they are kept here, readable by the administrator.
create table mail_outbox (
    id              bigint generated always as identity primary key,
    recipient       varchar(320) not null check (recipient ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
    subject         varchar(300) not null check (length(trim(subject)) > 0),
    body            text         not null,
    queued_at       timestamptz  not null,
    state           varchar(10)  not null default 'QUEUED' check (state in ('QUEUED', 'SENT', 'KEPT', 'FAILED')),
    attempts        integer      not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz  not null,
    delivered_at    timestamptz,
    last_error      text
);
-- the mails due, oldest first (the delivery job), and the administrator's list, newest first
create index mail_outbox_due_idx on mail_outbox (next_attempt_at, id) where state = 'QUEUED';
create index mail_outbox_listed_idx on mail_outbox (queued_at desc, id desc);
