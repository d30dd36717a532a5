-- The cohort is read back (StoredData: every current row, file by file, in the order it was imported) each time
-- the whole authority is evaluated. Without an index in that order PostgreSQL sorted every current row, its fields
-- with it, before the first could be read: at 100,000 families, 8.4 million rows, about 14 s of the 44 s the read
-- took (docs/benchmarks.md, "The server's cohort at 100,000 families").
create index stored_row_in_file_order on stored_row (file, import_id, line) where ended_by is null;
