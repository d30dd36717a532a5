-- The early-help pathway (docs/pathway.md) and a family read alone find an intervention's tier changes and Team
-- Around the Family by the intervention they name, which only their fields hold.
create index stored_row_intervention on stored_row ((fields->>'intervention_id'))
    where ended_by is null and file in ('tier_changes.csv', 'team_around_family.csv');
