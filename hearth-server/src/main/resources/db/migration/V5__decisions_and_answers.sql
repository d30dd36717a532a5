-- The decision each family stands on now: from the latest run that evaluated it, whether a run of every family
-- (after an import or a plan change) or of the one family (after an answer about it was signed off). The lists
-- filter here; the decision itself, with its explanation, stays in family_evaluation.
create table current_decision (
    family_id    text    primary key,
    run_id       bigint  not null references evaluation_run,
    eligible     boolean not null,
    claimable    boolean not null,
    route        text,
    identified   text[]  not null,
    progress_met text[]  not null
);
create index current_decision_eligible on current_decision (eligible, family_id);
create index current_decision_claimable on current_decision (claimable, family_id);
create index current_decision_identified on current_decision using gin (identified);
create index current_decision_progress on current_decision using gin (progress_met);
drop index family_evaluation_eligible;
drop index family_evaluation_claimable;
drop index family_evaluation_identified;

-- A run of one family names it; a run of every family does not.
alter table evaluation_run add column family_id text;

-- A row recorded in Hearth itself (a signed-off answer) has no line of a file: its provenance is its import
-- (the sign-off) and the answer it came from.
alter table stored_row alter column line drop not null;

-- Key workers' answers to the plans' questions, with their evidence, and each manager's decision on them.
-- An answer is never changed once decided: a returned answer stays, with the reason, and the key worker records
-- a new one. Only a signed-off answer counts, as a row of worker_assessments.csv (docs/data-format.md).
create table worker_answer (
    id            bigint generated always as identity primary key,
    family_id     text        not null,
    person_id     text,
    plan_id       text        not null,
    question      text        not null,
    answer        boolean     not null,
    evidence      text        not null check (length(evidence) between 1 and 10000),
    assessed_on   date        not null,
    assessed_by   text        not null references app_user (username),
    recorded_at   timestamptz not null default now(),
    state         text        not null check (state in ('awaiting_sign_off', 'signed_off', 'returned')),
    decided_by    text references app_user (username),
    decided_at    timestamptz,
    return_reason text,
    import_id     bigint references data_import,
    check ((state = 'awaiting_sign_off') = (decided_by is null)),
    check ((state = 'returned') = (return_reason is not null)),
    check ((state = 'signed_off') = (import_id is not null))
);
create index worker_answer_family on worker_answer (family_id);
create index worker_answer_awaiting on worker_answer (state) where state = 'awaiting_sign_off';

-- The school terms the data held was last read with, as school_terms.csv's cells: the terms a folder gives, or
-- the standard terms over the span of the whole authority's data. A family read alone (after a sign-off) is read
-- with these, so that it is decided as it would be among all the others.
create table calendar_term (
    position integer primary key,
    cells    text[] not null
);
