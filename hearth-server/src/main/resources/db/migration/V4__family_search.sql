-- Finding a family by what a coordinator has in hand: the family's own reference, or a member's identifiers.
create index stored_row_family_reference on stored_row ((fields->>'reference'))
    where ended_by is null and file = 'families.csv';
create index stored_row_upn on stored_row ((fields->>'upn')) where ended_by is null and file = 'people.csv';
create index stored_row_nhs_number on stored_row ((fields->>'nhs_number')) where ended_by is null and file = 'people.csv';
create index stored_row_ni_number on stored_row ((fields->>'ni_number')) where ended_by is null and file = 'people.csv';
create index stored_row_local_child_id on stored_row ((fields->>'local_child_id'))
    where ended_by is null and file = 'people.csv';
-- Lists filtered by decision, a page at a time in family order.
create index family_evaluation_eligible on family_evaluation (run_id, eligible, family_id);
create index family_evaluation_claimable on family_evaluation (run_id, claimable, family_id);
