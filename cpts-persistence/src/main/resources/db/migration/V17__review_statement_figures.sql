-- A closed year's figures are frozen: the payment statement is recorded at closing, with every amount, its
-- explanation and the rule set used, beside its PDF; the statement page reads it instead of computing it again.
-- Statements archived before this migration have none (null): their page says it is computed again. Adding the
-- column rewrites no row, so the append-only trigger of the table is not involved.
alter table yearly_review_statement add column figures jsonb;
