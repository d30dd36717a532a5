-- Rectification and erasure (docs/data-protection.md, "Correcting and erasing a person's records"): a request made by
-- one person and approved, or refused, by another. An approved rectification ends the record ('rectified') and adds
-- the corrected one under an import of its own; an approved erasure deletes the person's records. Each request is kept:
-- what was asked, by whom, why, and who decided; an erasure also clears the values its person's earlier
-- rectifications proposed (corrections set to null), since those are the person's data too.
create table correction_request (
    id              bigint generated always as identity primary key,
    kind            text        not null check (kind in ('rectification', 'erasure')),
    family_id       text        not null,
    -- a rectification's record (its file and id); an erasure's person
    file            text,
    record_id       text,
    person_id       text,
    -- a rectification's proposed values, by column: only those it changes
    corrections     jsonb,
    reason          text        not null check (length(btrim(reason)) between 10 and 2000),
    requested_by    text        not null references app_user (username),
    requested_at    timestamptz not null default now(),
    state           text        not null default 'awaiting_approval'
        check (state in ('awaiting_approval', 'approved', 'refused')),
    decided_by      text references app_user (username),
    decided_at      timestamptz,
    decision_reason text check (length(decision_reason) <= 2000),
    -- the import under which an approved request's change was made
    import_id       bigint references data_import,
    check ((kind = 'rectification') = (file is not null and record_id is not null)),
    check (kind = 'rectification' or person_id is not null),
    check ((state = 'awaiting_approval') = (decided_by is null and decided_at is null)),
    check (decided_by is null or decided_by <> requested_by),
    check ((state = 'approved') = (import_id is not null)),
    check (state <> 'refused' or length(btrim(decision_reason)) > 0)
);
create index correction_request_awaiting on correction_request (requested_at) where state = 'awaiting_approval';
create index correction_request_family on correction_request (family_id);
create index correction_request_person on correction_request (person_id) where person_id is not null;

-- What an approved request flags for review: a claim whose frozen evidence held the record, or a family's decision
-- that cited it before the change. Reviewed once, by a coordinator or an auditor, with a note.
create table correction_review (
    id                bigint generated always as identity primary key,
    request_id        bigint      not null references correction_request,
    family_id         text        not null,
    claim_id          bigint references claim,
    evaluation_run_id bigint      not null references evaluation_run,
    reviewed_by       text references app_user (username),
    reviewed_at       timestamptz,
    review_note       text check (length(review_note) <= 2000),
    check ((reviewed_by is null) = (reviewed_at is null) and (reviewed_by is null) = (review_note is null))
);
create index correction_review_family on correction_review (family_id);
create index correction_review_claim on correction_review (claim_id) where claim_id is not null;

-- A record a rectification corrected is ended by it, as an extract ends the rows it replaces.
alter table stored_row drop constraint stored_row_end_reason_check;
alter table stored_row add constraint stored_row_end_reason_check
    check (end_reason in ('replaced', 'withdrawn', 'rectified'));
-- A family evaluated again after its records were corrected or erased.
alter table evaluation_run drop constraint evaluation_run_reason_check;
alter table evaluation_run add constraint evaluation_run_reason_check
    check (reason in ('import', 'plan', 'sign_off', 'review_date', 'correction'));
