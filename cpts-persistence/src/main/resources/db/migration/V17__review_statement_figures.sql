-- A closed year's figures are frozen: the payment statement is recorded at closing, with every amount, its
-- explanation and the rule set used, beside its PDF; the statement page reads it instead of computing it again.
-- Statements archived before this migration have none (null): their page says it is computed again.
alter table yearly_review_statement disable trigger yearly_review_statement_append_only;
alter table yearly_review_statement add column figures jsonb;
alter table yearly_review_statement enable trigger yearly_review_statement_append_only;
