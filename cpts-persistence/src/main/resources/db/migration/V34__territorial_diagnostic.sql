-- The territorial diagnostic: a catalogue of per-commune indicators (as data), the data sets imported for them,
-- versioned by source and year, and their totals per département, région and France, computed at each import.

-- Where indicator values come from. A regional source is published by each ARS for its région (the zoning); an
-- effective-dated one carries the date its edition applies from.
create table diagnostic_source (
    code            varchar(40)  primary key,
    label           varchar(200) not null,
    publisher       varchar(200) not null,
    reference       varchar(300) not null,
    regional        boolean      not null,
    effective_dated boolean      not null,
    position        smallint     not null
);

-- An indicator: imported from a source (sum over communes, population-weighted mean, or zoning categories), or
-- computed as a ratio of sums. small_count_threshold: a count under it is shown « < threshold », never its value;
-- part_of: the count it is a part of (the difference between them must not reveal a small count either).
create table diagnostic_indicator (
    code                  varchar(40)  primary key,
    source_code           varchar(40)  references diagnostic_source (code),
    label                 varchar(200) not null,
    unit_label            varchar(100) not null,
    decimals              smallint     not null check (decimals between 0 and 3),
    aggregation           varchar(20)  not null check (aggregation in ('SUM', 'RATIO', 'WEIGHTED_MEAN', 'ZONING')),
    numerator             varchar(40)  references diagnostic_indicator (code),
    denominator           varchar(40)  references diagnostic_indicator (code),
    scale                 integer,
    small_count_threshold integer      check (small_count_threshold > 1),
    part_of               varchar(40)  references diagnostic_indicator (code),
    position              smallint     not null,
    check ((aggregation = 'RATIO') = (source_code is null)),
    check ((aggregation = 'RATIO') = (numerator is not null and denominator is not null and scale > 0))
);

-- One edition of a source: its year (and the date it applies from, for an effective-dated source).
create table diagnostic_version (
    source_code  varchar(40) not null references diagnostic_source (code),
    year         smallint    not null check (year between 1990 and 2100),
    effective_on date,
    demo         boolean     not null,
    primary key (source_code, year)
);

-- Each import of a file into a version: who, when, which file, how many communes, and for which région (a regional
-- import replaces the version's values in that région only; a national one, all of them).
create table diagnostic_import (
    id          bigint generated always as identity primary key,
    source_code varchar(40)  not null,
    year        smallint     not null,
    region_code varchar(3),
    file_name   varchar(255) not null,
    communes    integer      not null,
    imported_by varchar(100) not null,
    imported_at timestamptz  not null,
    demo        boolean      not null,
    foreign key (source_code, year) references diagnostic_version (source_code, year) on delete cascade
);

-- A commune's value of an imported indicator in a version: a number, or a category for the zoning.
create table diagnostic_value (
    source_code    varchar(40) not null,
    year           smallint    not null,
    commune_code   varchar(5)  not null, -- commune (code)
    indicator_code varchar(40) not null references diagnostic_indicator (code),
    value          numeric,
    category       varchar(10),
    primary key (source_code, year, commune_code, indicator_code),
    foreign key (source_code, year) references diagnostic_version (source_code, year) on delete cascade,
    check ((value is null) <> (category is null))
);
-- a diagnostic sums the values of its own communes only
create index diagnostic_value_commune_idx on diagnostic_value (commune_code, source_code, year);

-- A version's totals over each département (D), région (R) and France (F), recomputed at each import: the sum of
-- the values, the sum of value × population and the population (for weighted means), and the communes counted. A
-- zoning category counts the population of its communes.
create table diagnostic_area_total (
    source_code    varchar(40) not null,
    year           smallint    not null,
    area_kind      char(1)     not null check (area_kind in ('D', 'R', 'F')),
    area_code      varchar(3)  not null, -- 'FR' for France
    indicator_code varchar(40) not null,
    category       varchar(10) not null,
    total          numeric     not null,
    weighted       numeric     not null,
    weight         numeric     not null,
    communes       integer     not null,
    primary key (source_code, year, area_kind, area_code, indicator_code, category),
    foreign key (source_code, year) references diagnostic_version (source_code, year) on delete cascade
);

insert into diagnostic_source (code, label, publisher, reference, regional, effective_dated, position) values
    ('insee-population', 'Population municipale par tranche d''âge', 'INSEE',
     'INSEE, recensement de la population, populations municipales par âge', false, false, 1),
    ('drees-apl', 'Accessibilité potentielle localisée (APL) aux médecins généralistes', 'DREES',
     'DREES, indicateur d''accessibilité potentielle localisée aux médecins généralistes', false, false, 2),
    ('ameli-medecins', 'Médecins généralistes libéraux par âge', 'Assurance Maladie',
     'Assurance Maladie, démographie des professionnels de santé libéraux', false, false, 3),
    ('ameli-patients', 'Patients sans médecin traitant et bénéficiaires de la C2S', 'Assurance Maladie',
     'Assurance Maladie (SNDS), patientèle et médecin traitant déclaré', false, false, 4),
    ('ars-zonage-medecins', 'Zonage médecins (ZIP, ZAC)', 'ARS',
     'Arrêté du directeur général de l''ARS relatif au zonage des médecins (article L. 1434-4 du code de la santé publique)',
     true, true, 5);

insert into diagnostic_indicator
    (code, source_code, label, unit_label, decimals, aggregation, numerator, denominator, scale,
     small_count_threshold, part_of, position) values
    ('population', 'insee-population', 'Population municipale', 'habitants', 0, 'SUM', null, null, null, null, null, 1),
    ('population_moins_15', 'insee-population', 'Population de moins de 15 ans', 'habitants', 0, 'SUM',
     null, null, null, null, 'population', 2),
    ('population_15_59', 'insee-population', 'Population de 15 à 59 ans', 'habitants', 0, 'SUM',
     null, null, null, null, 'population', 3),
    ('population_60_74', 'insee-population', 'Population de 60 à 74 ans', 'habitants', 0, 'SUM',
     null, null, null, null, 'population', 4),
    ('population_75_plus', 'insee-population', 'Population de 75 ans et plus', 'habitants', 0, 'SUM',
     null, null, null, null, 'population', 5),
    ('apl_mg', 'drees-apl', 'Accessibilité potentielle localisée aux médecins généralistes',
     'consultations par an et par habitant', 1, 'WEIGHTED_MEAN', null, null, null, null, null, 7),
    ('mg', 'ameli-medecins', 'Médecins généralistes libéraux', 'médecins', 0, 'SUM', null, null, null, null, null, 8),
    ('mg_60_plus', 'ameli-medecins', 'Médecins généralistes libéraux de 60 ans et plus', 'médecins', 0, 'SUM',
     null, null, null, null, 'mg', 9),
    ('patients_consommants', 'ameli-patients', 'Patients de 16 ans et plus ayant consulté dans l''année', 'patients',
     0, 'SUM', null, null, null, 11, null, 12),
    ('patients_sans_mt', 'ameli-patients', 'Patients de 16 ans et plus sans médecin traitant', 'patients', 0, 'SUM',
     null, null, null, 11, 'patients_consommants', 13),
    ('patients_sans_mt_ald', 'ameli-patients', 'dont patients en affection de longue durée (ALD)', 'patients', 0,
     'SUM', null, null, null, 11, 'patients_sans_mt', 14),
    ('beneficiaires_c2s', 'ameli-patients', 'Bénéficiaires de la complémentaire santé solidaire (C2S)', 'personnes',
     0, 'SUM', null, null, null, 11, 'population', 18),
    ('zonage_medecins', 'ars-zonage-medecins', 'Zonage médecins de l''ARS', 'part de la population', 0, 'ZONING',
     null, null, null, null, null, 20);

insert into diagnostic_indicator
    (code, source_code, label, unit_label, decimals, aggregation, numerator, denominator, scale,
     small_count_threshold, part_of, position) values
    ('part_75_plus', null, 'Part des 75 ans et plus', '%', 1, 'RATIO', 'population_75_plus', 'population', 100,
     null, null, 6),
    ('densite_mg', null, 'Médecins généralistes libéraux pour 100 000 habitants', 'pour 100 000 habitants', 1,
     'RATIO', 'mg', 'population', 100000, null, null, 10),
    ('part_mg_60_plus', null, 'Part des médecins généralistes de 60 ans et plus', '%', 1, 'RATIO', 'mg_60_plus',
     'mg', 100, null, null, 11),
    ('part_sans_mt', null, 'Part des patients sans médecin traitant', '%', 1, 'RATIO', 'patients_sans_mt',
     'patients_consommants', 100, null, null, 15),
    ('sans_mt_pour_1000', null, 'Patients sans médecin traitant pour 1 000 habitants', 'pour 1 000 habitants', 1,
     'RATIO', 'patients_sans_mt', 'population', 1000, null, null, 16),
    ('part_sans_mt_ald', null, 'Part des patients en ALD parmi les patients sans médecin traitant', '%', 1, 'RATIO',
     'patients_sans_mt_ald', 'patients_sans_mt', 100, null, null, 17),
    ('part_c2s', null, 'Part de la population bénéficiaire de la C2S', '%', 1, 'RATIO', 'beneficiaires_c2s',
     'population', 100, null, null, 19);
