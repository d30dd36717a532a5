-- What an import found, file by file (new, replaced, unchanged, withdrawn rows), and for a rejected import
-- its errors as the command line prints them.
alter table data_import
    add column report      jsonb,
    add column error_count bigint not null default 0,
    add column errors      text[];

-- Every row of every imported file, kept as it came, with its provenance: the import, the file and the line.
-- A row is current while ended_by is null. A newer extract ends a row it replaces (same key, different
-- values) or withdraws (its file and source were imported again without it); the row stays, for history.
create table stored_row (
    id          bigint generated always as identity primary key,
    file        text   not null,
    row_key     text   not null,
    source      text,
    person_id   text,
    family_id   text,
    fields      jsonb  not null,
    import_id   bigint not null references data_import,
    line        bigint not null,
    ended_by    bigint references data_import,
    end_reason  text check (end_reason in ('replaced', 'withdrawn')),
    check ((ended_by is null) = (end_reason is null))
);
-- One current row per file and key: importing the same extract again adds nothing twice.
create unique index stored_row_current on stored_row (file, row_key) where ended_by is null;
create index stored_row_person on stored_row (person_id) where ended_by is null and person_id is not null;
create index stored_row_family on stored_row (family_id) where ended_by is null and family_id is not null;
create index stored_row_import on stored_row (import_id);

-- Every version of a plan ever uploaded, with the hash of its file; the version in force on a day is the
-- one with the latest in_force_from on or before it.
create table plan_version (
    id            bigint generated always as identity primary key,
    plan_id       text        not null,
    version       text        not null,
    title         text        not null,
    file_name     text        not null,
    file_sha256   text        not null,
    plan_text     text        not null,
    in_force_from date        not null,
    uploaded_by   text        not null,
    uploaded_at   timestamptz not null default now(),
    unique (plan_id, version)
);

-- One evaluation of every family: the plan version and hash it used, its review date, the data it stood
-- on (the latest import), and why it ran.
create table evaluation_run (
    id              bigint generated always as identity primary key,
    plan_version_id bigint      not null references plan_version,
    plan_sha256     text        not null,
    as_of           date        not null,
    data_import_id  bigint      not null references data_import,
    reason          text        not null check (reason in ('import', 'plan', 'sign_off', 'review_date')),
    evaluated_at    timestamptz not null default now(),
    families        integer     not null
);

-- Each family's decision in a run, with the whole explanation (the evaluate command's JSON for the family).
create table family_evaluation (
    run_id       bigint  not null references evaluation_run,
    family_id    text    not null,
    eligible     boolean not null,
    claimable    boolean not null,
    route        text,
    identified   text[]  not null,
    progress_met text[]  not null,
    result       jsonb   not null,
    primary key (run_id, family_id)
);
create index family_evaluation_identified on family_evaluation using gin (identified);
