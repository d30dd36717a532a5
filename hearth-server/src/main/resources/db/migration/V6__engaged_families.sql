-- Whether the family was engaged in an intervention on the review date (the decision names the intervention),
-- so that the cohort overview counts engaged families without reading every decision's explanations.
alter table family_evaluation
    add column engaged boolean generated always as (result->>'intervention_id' is not null) stored;
-- And beside the decision each family stands on now, which the lists and the overview read.
alter table current_decision add column engaged boolean not null default false;
