-- The audit trail (journal): every change to a dossier, contract, review, subsidy, account or rule set, with who,
-- when, which entity, and field-level before/after values. Append-only: the application has no update or delete
-- path, and the database refuses them too.
create table audit_event (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz  not null default now(),
    actor       varchar(100) not null,
    actor_role  varchar(20)  not null,
    cpts_id     bigint references cpts (id),
    entity_type varchar(50)  not null,
    entity_id   varchar(100) not null,
    action      varchar(100) not null,
    reason      text,
    changes     jsonb        not null default '[]'
);
-- the journal of one CPTS, newest first
create index audit_event_cpts_idx on audit_event (cpts_id, occurred_at desc);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'Le journal d''audit ne peut être ni modifié ni effacé (%)', tg_op;
end;
$$;

create trigger audit_event_append_only
    before update or delete or truncate on audit_event
    for each statement execute function audit_event_is_append_only();
