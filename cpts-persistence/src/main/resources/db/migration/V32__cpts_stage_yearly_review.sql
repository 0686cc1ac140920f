-- A CPTS reaches its last stage, « Revue annuelle », once its first yearly review is open: written with the review's
-- insertion (whoever inserts it), never moved back, like the stages its dossiers lead to (V12).
create function cpts_stage_on_review_opened() returns trigger language plpgsql as $$
begin
    update cpts set stage = 'REVUE_ANNUELLE'
    where id = new.cpts_id and cpts_stage_rank(stage) < cpts_stage_rank('REVUE_ANNUELLE');
    return new;
end
$$;

create trigger yearly_review_advances_cpts_stage
    after insert on yearly_review
    for each row execute function cpts_stage_on_review_opened();

update cpts c set stage = 'REVUE_ANNUELLE'
where exists (select 1 from yearly_review r where r.cpts_id = c.id)
  and cpts_stage_rank(c.stage) < cpts_stage_rank('REVUE_ANNUELLE');

