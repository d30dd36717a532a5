-- The outlook's two figures the worklist sorts and counts by (the nearest day an outcome not yet met would be met, and
-- how many outcomes wait for a key worker's signed-off answer) are stored beside each decision as the engine works
-- them out (FamilyOutlook.nextOutcomeOn, awaitingSignOff), so that making a run's decisions current copies them
-- instead of taking every stored outlook apart again in SQL. Runs stored before this have none: only a new run is
-- ever made current, so nothing reads them there.
alter table family_evaluation
    add column next_outcome_on  date,
    add column awaiting_answers integer;
