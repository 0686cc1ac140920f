-- The CPTS stage is stored, written with each dossier move (the dossier adapter advances it in the same
-- transaction), instead of being derived from the dossier table on every read. A stage only moves forward.
create function cpts_stage_rank(stage varchar) returns int language sql immutable as $$
    select array_position(array['INITIATIVE', 'LETTRE_INTENTION', 'PROJET_SANTE', 'CONTRAT_ACI', 'REVUE_ANNUELLE'],
                          stage::text)
$$;

update cpts c set stage = following.stage
from (select cpts_id,
             case
                 when bool_or(kind = 'PROJET_SANTE' and state = 'VALIDATED') then 'CONTRAT_ACI'
                 when bool_or(kind = 'LETTRE_INTENTION' and state = 'VALIDATED') then 'PROJET_SANTE'
                 when bool_or(kind = 'LETTRE_INTENTION' and state <> 'DRAFT') then 'LETTRE_INTENTION'
                 else 'INITIATIVE'
             end as stage
      from dossier group by cpts_id) following
where following.cpts_id = c.id and cpts_stage_rank(following.stage) > cpts_stage_rank(c.stage);

comment on column cpts.stage is
    'Stage of the CPTS, advanced with each dossier move and never moved back (see cpts_stage_rank)';

-- the steering counts CPTS by stage over a région
create index cpts_region_stage_idx on cpts (region_code, stage);
