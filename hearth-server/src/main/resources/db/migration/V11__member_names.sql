-- Finding a family by a member's name (people.csv's given_name and family_name; FamilyDirectory.search).
-- A name is compared as person_name_key gives it: lower case, without spaces at either end, runs of spaces as one.
-- The search and the index call this one function, so that they always agree.
create function person_name_key(name text) returns text
    language sql immutable strict parallel safe
    as $$ select lower(regexp_replace(btrim(name), '\s+', ' ', 'g')) $$;

-- Every name search names a family name, whole or its beginning ('Smi'), and text_pattern_ops lets one index answer
-- both (LIKE 'smi%' whatever the database's collation). The given name is then checked on the few rows found.
create index stored_row_family_name on stored_row (person_name_key(fields->>'family_name') text_pattern_ops)
    where ended_by is null and file = 'people.csv';

-- A people.csv row stored before these columns holds no value for them, where a row read now from a file without
-- them holds empty ones: give the current rows the empty values, so that importing the same extract again finds
-- its people unchanged rather than replacing every one.
update stored_row set fields = fields || '{"given_name": "", "family_name": ""}'::jsonb
    where ended_by is null and file = 'people.csv' and fields->'given_name' is null;
