-- Every import of a canonical data folder: who started it, from where, and how it ended. Records stored
-- later name the import that brought them (their provenance: source, file, line, import).
create table data_import (
    id            bigint generated always as identity primary key,
    started_at    timestamptz not null default now(),
    finished_at   timestamptz,
    started_by    text        not null,
    folder        text        not null,
    status        text        not null check (status in ('running', 'accepted', 'rejected')),
    rows_accepted bigint      not null default 0,
    rows_rejected bigint      not null default 0
);
