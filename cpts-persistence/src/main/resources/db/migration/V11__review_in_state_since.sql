-- What the officers' review queue sorts on is stored with the review, written with each move, instead of being
-- derived from the history on every read: since when the review stands in its state (its last move that changed
-- the state, or its opening). Closed reviews are frozen by a trigger: it is set aside for this one backfill.
alter table yearly_review add column in_state_since timestamptz;

alter table yearly_review disable trigger yearly_review_frozen;
update yearly_review r set in_state_since = coalesce(
    (select max(t.at) from yearly_review_transition t where t.review_id = r.id and t.from_state <> t.to_state),
    r.opened_at);
alter table yearly_review enable trigger yearly_review_frozen;

alter table yearly_review alter column in_state_since set not null;

-- the queue: filed reviews of a scope, awaiting the CPAM first, oldest first
create index yearly_review_queue_idx on yearly_review (state, in_state_since);
