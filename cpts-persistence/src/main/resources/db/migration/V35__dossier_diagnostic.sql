-- The diagnostic of a CPTS's territory as it stood when a dossier was filed (refrozen at each new filing), with the
-- data versions it came from, and the porteur's comment on it.
create table dossier_diagnostic (
    dossier_id   bigint       primary key references dossier (id) on delete cascade,
    frozen_at    timestamptz  not null,
    content      jsonb        not null,
    comment      text         check (length(comment) <= 4000),
    commented_by varchar(100),
    commented_at timestamptz
);
