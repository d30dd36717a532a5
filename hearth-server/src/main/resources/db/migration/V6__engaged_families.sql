-- Whether the family was engaged in an intervention on the review date (the decision names the intervention),
-- so that the cohort overview counts engaged families without reading every decision's explanations.
alter table family_evaluation
    add column engaged boolean generated always as (result->>'intervention_id' is not null) stored;
