-- An opinion asked for a day (the ARS gives it when it asks) and what the answer concludes (favourable, with
-- reservations, unfavourable); both absent on the opinions asked and answered before.
alter table dossier_opinion
    add column due_on  date,
    add column verdict varchar(20) check (verdict in ('FAVOURABLE', 'RESERVED', 'UNFAVOURABLE')),
    add constraint dossier_opinion_verdict_answered check (verdict is null or answer is not null);
