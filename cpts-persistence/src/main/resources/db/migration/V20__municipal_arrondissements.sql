-- The municipal arrondissements of Paris, Lyon and Marseille, loaded from the reference package with their population:
-- a CPTS there covers arrondissements. An arrondissement names the commune it divides; that commune is marked divided
-- (a territory never holds it with, or instead of, its arrondissements).
alter table commune
    add column divides varchar(5), -- commune (code)
    add column divided boolean not null default false,
    add constraint commune_arrondissement_not_divided check (not (divided and divides is not null));
create index commune_divides_idx on commune (divides) where divides is not null;
