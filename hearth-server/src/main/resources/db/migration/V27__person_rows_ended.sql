-- An erasure finds every row about a person, the ended ones too: the current ones through stored_row_person (V2), the
-- ended ones through this, as V25 does for families' ended rows. Without it, each erasure read the whole table.
create index if not exists stored_row_person_ended on stored_row (person_id)
    where ended_by is not null and person_id is not null;
