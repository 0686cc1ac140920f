-- Patient flows (DGOS: « identifier les différents flux de patientèle au départ de toutes les communes pour chaque
-- spécialité ; identifier le pôle d'attraction principal de chaque commune »): how many patients living in a commune
-- were seen, in a year, by professionals of a specialty practising in another (or the same) commune.
insert into diagnostic_source (code, label, publisher, reference, regional, effective_dated, position) values
    ('ameli-flux', 'Flux de patientèle entre communes', 'Assurance Maladie',
     'Assurance Maladie (SNDS), patients par commune de résidence et commune d''exercice du professionnel consulté',
     false, false, 6);

create table patient_flow_specialty (
    code     varchar(40)  primary key,
    label    varchar(100) not null,
    position smallint     not null
);
insert into patient_flow_specialty (code, label, position) values
    ('medecine-generale', 'Médecine générale', 1),
    ('soins-infirmiers', 'Soins infirmiers', 2),
    ('masso-kinesitherapie', 'Masso-kinésithérapie', 3),
    ('chirurgie-dentaire', 'Chirurgie dentaire', 4),
    ('pharmacie', 'Pharmacie', 5),
    ('maieutique', 'Maïeutique (sages-femmes)', 6);

create table patient_flow (
    source_code    varchar(40) not null default 'ameli-flux' check (source_code = 'ameli-flux'),
    year           smallint    not null,
    specialty      varchar(40) not null references patient_flow_specialty (code),
    residence_code varchar(5)  not null, -- commune (code)
    practice_code  varchar(5)  not null, -- commune (code)
    patients       integer     not null check (patients >= 0),
    primary key (year, specialty, residence_code, practice_code),
    foreign key (source_code, year) references diagnostic_version (source_code, year) on delete cascade
);
-- a territory's flows: those leaving its communes, and those reaching its poles
create index patient_flow_residence_idx on patient_flow (year, residence_code);
create index patient_flow_practice_idx on patient_flow (year, practice_code);
