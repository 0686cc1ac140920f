-- The decision letters the ARS issues on a dossier (validation, refusal, corrections requested, closing, FIR seed
-- grant): each PDF archived with its SHA-256 in the decision's transaction, numbered per dossier. A letter issued
-- never changes nor disappears (trigger below).
create table dossier_decision_letter (
    dossier_id bigint       not null references dossier (id),
    number     int          not null check (number >= 1),
    title      varchar(200) not null,
    filename   varchar(200) not null,
    content    bytea        not null,
    sha256     char(64)     not null,
    issued_at  timestamptz  not null,
    primary key (dossier_id, number)
);

create function dossier_decision_letter_is_archived() returns trigger language plpgsql as $$
begin
    raise exception 'Un courrier de décision émis ne peut être ni modifié ni supprimé (dossier %, courrier %).',
        old.dossier_id, old.number;
end;
$$;

create trigger dossier_decision_letter_append_only
    before update or delete on dossier_decision_letter
    for each row execute function dossier_decision_letter_is_archived();
