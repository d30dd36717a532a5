-- Each decision's outlook (docs/evaluation.md §13): for each outcome of an identified problem not yet met, the
-- first later day it would be met if nothing new were recorded, whether it waits for a signed-off answer, and
-- what is missing; and the first day the family's claim would be due.
alter table family_evaluation
    add column claimable_on date,
    add column outlook      jsonb not null default '[]';

-- Beside the decision each family stands on now, for the worklist: the claim's day and the nearest outcome's.
alter table current_decision
    add column claimable_on     date,
    add column next_outcome_on  date,
    add column awaiting_answers integer not null default 0;
create index current_decision_claimable_on on current_decision (claimable_on, family_id) where not claimable;
