-- A claim's evidence is every record its decision cites, as it stood after the import the decision was made on
-- (EvidenceFreezer): current rows, and rows ended since. The current ones have their indexes (V2); these are the ended
-- ones', so that PostgreSQL joins the two (a BitmapOr) instead of reading the whole table for each record: a claim
-- for one family of a 100,000-family authority took 10 s, most of it in such scans, and 0.2 s with them
-- (docs/benchmarks.md, "The server under load"). They hold only ended rows, so they stay small.
create index if not exists stored_row_ended on stored_row (file, row_key) where ended_by is not null;
create index if not exists stored_row_family_ended on stored_row (family_id) where ended_by is not null and family_id is not null;
