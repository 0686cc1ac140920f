-- The CPAM's payment ledger: one order per line due (contract schedule, review statement, subsidy schedule).
create table payment_order (
    id                bigint generated always as identity primary key,
    cpts_id           bigint        not null references cpts (id),
    line_key          varchar(400)  not null,
    source            varchar(30)   not null
        check (source in ('CONTRACT_SCHEDULE', 'REVIEW_STATEMENT', 'ASSISTANT_SUBSIDY')),
    subsidy_request_id bigint       references assistant_subsidy_request (id),
    contract_year     integer       not null check (contract_year between 1 and 10),
    due_on            date          not null,
    label             varchar(1000) not null,
    beneficiary       varchar(300)  not null,
    amount            numeric(14, 2) not null check (amount <> 0),
    regularisation    boolean       not null default false,
    state             varchar(20)   not null default 'DUE'
        check (state in ('DUE', 'PAID', 'SUSPENDED', 'CANCELLED')),
    suspended_reason  varchar(1000),
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    check ((state = 'SUSPENDED') = (suspended_reason is not null)),
    check ((source = 'ASSISTANT_SUBSIDY') = (subsidy_request_id is not null))
);

-- A payment of an order: its primary key is the order, so an order is paid at most once.
create table payment (
    order_id             bigint       primary key references payment_order (id),
    paid_on              date         not null,
    accounting_reference varchar(60)  not null check (length(btrim(accounting_reference)) > 0),
    recorded_by          varchar(100) not null,
    recorded_at          timestamptz  not null
);

create index payment_order_cpts on payment_order (cpts_id);
create index payment_order_open_by_due on payment_order (due_on, cpts_id) where state in ('DUE', 'SUSPENDED');
create index payment_order_state_due on payment_order (state, due_on);

-- A payment is recorded for a due order only, and makes it paid in the same statement.
create function payment_pays_a_due_order() returns trigger language plpgsql as $$
begin
    update payment_order set state = 'PAID', updated_at = new.recorded_at where id = new.order_id and state = 'DUE';
    if not found then
        raise exception 'L''ordre de paiement % n''est pas à payer : il ne peut pas être payé', new.order_id;
    end if;
    return new;
end $$;
create trigger payment_pays_its_order after insert on payment
    for each row execute function payment_pays_a_due_order();

create function payment_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'Un paiement enregistré ne peut être ni modifié ni effacé (%)', tg_op;
end $$;
create trigger payment_append_only before update or delete on payment
    for each row execute function payment_is_append_only();

-- A paid or cancelled order is frozen; no order is ever deleted; only a payment makes an order paid.
create function payment_order_closed_is_frozen() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'Un ordre de paiement ne s''efface pas (%)', old.id;
    end if;
    if old.state in ('PAID', 'CANCELLED') then
        raise exception 'L''ordre de paiement % est %: il ne change plus', old.id,
            case old.state when 'PAID' then 'payé' else 'annulé' end;
    end if;
    if new.state = 'PAID' and not exists (select 1 from payment where order_id = new.id) then
        raise exception 'L''ordre de paiement % ne devient payé que par un paiement enregistré', old.id;
    end if;
    return new;
end $$;
create trigger payment_order_frozen before update or delete on payment_order
    for each row execute function payment_order_closed_is_frozen();
