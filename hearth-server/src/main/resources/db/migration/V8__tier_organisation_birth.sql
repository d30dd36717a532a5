-- The intervention a decision's family was engaged in on the review date: its tier of support that day and the
-- organisation leading it, for the lists' filters (Southwark's tiers; Worcestershire's delivery partners).
alter table family_evaluation
    add column tier              text,
    add column lead_organisation text;
alter table current_decision
    add column tier              text,
    add column lead_organisation text;
create index current_decision_tier on current_decision (tier, family_id);
create index current_decision_organisation on current_decision (lead_organisation, family_id);

-- Finding families by a member's date of birth.
create index stored_row_date_of_birth on stored_row ((fields->>'date_of_birth')) where ended_by is null and file = 'people.csv';
