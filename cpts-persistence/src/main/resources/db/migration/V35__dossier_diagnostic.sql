-- The diagnostic of a CPTS's territory as it stood when a dossier was filed (refrozen at each new filing), with the
-- data versions it came from, and the porteur's comment on it.
create table dossier_diagnostic (
    dossier_id   bigint       primary key references dossier (id) on delete cascade,
    frozen_at    timestamptz  not null,
    content      jsonb        not null,
    -- the territory's shown values by indicator code ({"sans_mt_pour_1000": 212.4}), by which the ARS sorts its queue
    figures      jsonb        not null default '{}',
    comment      text         check (length(comment) <= 4000),
    commented_by varchar(100),
    commented_at timestamptz
);
