-- Claims and internal audit (docs/claims.md): the programme's phases, claim batches, each claim with the evaluation it
-- rests on frozen, the internal auditor's decisions and spot-check samples; and partner organisations' users.

-- The national programme's phases, as dated reference data: a family is claimed successfully at most once in each.
-- Phase 2 of Troubled Families (the expanded programme, "extension for a further 5 years" in Worcestershire's plan)
-- ran from April 2015 to March 2020 and was extended by a year to March 2021; the extension year is part of it.
create table programme_phase (
    code        text primary key check (code ~ '^[a-z0-9_]+$'),
    name        text not null,
    starts_on   date not null,
    ends_on     date,
    planned_end date,
    note        text not null,
    check (ends_on is null or ends_on >= starts_on),
    -- Phases never overlap, so every day is in one phase at most.
    exclude using gist (daterange(starts_on, ends_on, '[]') with &&)
);
insert into programme_phase (code, name, starts_on, ends_on, planned_end, note) values
    ('troubled_families_1', 'Troubled Families, phase 1', '2012-04-01', '2015-03-31', null,
     'The first programme, 2012 to 2015.'),
    ('troubled_families_2', 'Troubled Families, phase 2', '2015-04-01', '2021-03-31', '2020-03-31',
     'The expanded programme, planned for 2015 to 2020 and extended by one year to 31 March 2021; the extension year '
         || 'is part of phase 2, so a family claimed in phase 2 is not claimed again in it.'),
    ('supporting_families', 'Supporting Families', '2021-04-01', null, null,
     'The programme from April 2021.');

-- A batch of claims for a period, prepared by a coordinator, audited claim by claim, then submitted as a whole. A
-- submitted batch is read-only (the trigger below). organisation is the preparer's, for a partner organisation's
-- batch; null for the authority's.
create table claim_batch (
    id           bigint generated always as identity primary key,
    phase        text        not null references programme_phase,
    period_from  date        not null,
    period_to    date        not null,
    organisation text,
    state        text        not null default 'open' check (state in ('open', 'submitted')),
    prepared_by  text        not null references app_user (username),
    prepared_at  timestamptz not null default now(),
    submitted_by text references app_user (username),
    submitted_at timestamptz,
    check (period_to >= period_from),
    check ((state = 'submitted') = (submitted_by is not null and submitted_at is not null)),
    unique (id, phase)
);

-- One claim for one family, with everything it rests on frozen when it was prepared: the evaluation run, the plan
-- version and its hash, the review date, and the evidence (ClaimEvidence: the decision with its explanations, the
-- plan's rows cited, the records cited and the signed-off answers used, each with its content and provenance) as the
-- exact JSON text whose SHA-256 is evidence_sha256. The frozen columns can never change (the trigger below).
create table claim (
    id                bigint generated always as identity primary key,
    batch_id          bigint      not null,
    phase             text        not null,
    family_id         text        not null,
    family_reference  text,
    discretionary     boolean     not null default false,
    route             text        not null check (route in ('significant_and_sustained_progress', 'continuous_employment')),
    explanation       text        not null,
    organisation      text,
    problems          text[]      not null,
    progress_on       text[]      not null,
    outcomes_met      text[]      not null,
    evaluation_run_id bigint      not null references evaluation_run,
    plan_version_id   bigint      not null references plan_version,
    plan_sha256       text        not null,
    as_of             date        not null,
    evidence          text        not null,
    evidence_sha256   text        not null check (evidence_sha256 ~ '^[0-9a-f]{64}$'),
    prepared_by       text        not null references app_user (username),
    prepared_at       timestamptz not null default now(),
    discretion_reason text,
    approved_by       text references app_user (username),
    state             text        not null default 'awaiting_audit'
        check (state in ('awaiting_audit', 'accepted', 'rejected', 'withdrawn', 'submitted')),
    audit_decision    text check (audit_decision in ('accepted', 'rejected')),
    decided_by        text references app_user (username),
    decided_at        timestamptz,
    decision_reason   text,
    withdrawn_by      text references app_user (username),
    withdrawn_at      timestamptz,
    withdrawal_reason text,
    -- The claim's phase is its batch's.
    foreign key (batch_id, phase) references claim_batch (id, phase),
    -- A discretionary claim names its reason and an approver other than the one who prepared it.
    check (discretionary = (discretion_reason is not null)),
    check (discretionary = (approved_by is not null)),
    check (approved_by is null or approved_by <> prepared_by),
    -- The auditor's decision names who made it and when, and stays when a claim is withdrawn afterwards; a rejection
    -- says why.
    check ((audit_decision is null) = (decided_by is null) and (decided_by is null) = (decided_at is null)),
    check (state not in ('accepted', 'submitted') or audit_decision = 'accepted'),
    check (state <> 'rejected' or audit_decision = 'rejected'),
    check (audit_decision is distinct from 'rejected' or coalesce(length(btrim(decision_reason)), 0) > 0),
    check ((state = 'withdrawn') = (withdrawn_by is not null and withdrawn_at is not null and withdrawal_reason is not null))
);
-- One successful claim per family per phase: at most one claim that is awaiting audit, accepted or submitted. A
-- rejected or withdrawn claim does not count, so a new one can be prepared in a later batch.
create unique index claim_one_per_family_and_phase on claim (family_id, phase)
    where state in ('awaiting_audit', 'accepted', 'submitted');
create index claim_batch_claims on claim (batch_id, id);
create index claim_family on claim (family_id);

-- Samples of a batch's claims drawn at random for spot checks: the seed makes the draw reproducible (docs/claims.md).
create table claim_sample (
    id         bigint generated always as identity primary key,
    batch_id   bigint      not null references claim_batch,
    seed       bigint      not null,
    size       integer     not null check (size > 0),
    drawn_from integer     not null check (drawn_from >= size),
    drawn_by   text        not null references app_user (username),
    drawn_at   timestamptz not null default now()
);
create table claim_sample_member (
    sample_id bigint  not null references claim_sample,
    position  integer not null,
    claim_id  bigint  not null references claim,
    primary key (sample_id, position),
    unique (sample_id, claim_id)
);

-- What a claim was frozen with never changes, a claim is never deleted, and a submitted batch and its claims are
-- read-only. A superuser can disable these triggers; the audit log records every change the application makes.
create function claim_frozen() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'claims are never deleted: claim % refused', old.id using errcode = 'restrict_violation';
    end if;
    if exists (select 1 from claim_batch where id = old.batch_id and state = 'submitted') then
        raise exception 'claim % is in a submitted batch, which is read-only', old.id using errcode = 'restrict_violation';
    end if;
    if (new.batch_id, new.phase, new.family_id, new.family_reference, new.discretionary, new.route, new.explanation,
        new.organisation, new.problems, new.progress_on, new.outcomes_met, new.evaluation_run_id, new.plan_version_id,
        new.plan_sha256, new.as_of, new.evidence, new.evidence_sha256, new.prepared_by, new.prepared_at,
        new.discretion_reason, new.approved_by)
       is distinct from
       (old.batch_id, old.phase, old.family_id, old.family_reference, old.discretionary, old.route, old.explanation,
        old.organisation, old.problems, old.progress_on, old.outcomes_met, old.evaluation_run_id, old.plan_version_id,
        old.plan_sha256, old.as_of, old.evidence, old.evidence_sha256, old.prepared_by, old.prepared_at,
        old.discretion_reason, old.approved_by) then
        raise exception 'claim % is frozen: what it rests on cannot change', old.id using errcode = 'restrict_violation';
    end if;
    return new;
end
$$;
create trigger claim_frozen before update or delete on claim for each row execute function claim_frozen();

create function claim_batch_read_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or old.state = 'submitted' then
        raise exception 'claim batch % refused: batches are never deleted, and a submitted one is read-only', old.id
            using errcode = 'restrict_violation';
    end if;
    return new;
end
$$;
create trigger claim_batch_read_only before update or delete on claim_batch
    for each row execute function claim_batch_read_only();

-- A partner organisation's user (Worcestershire's delivery partners lead work and claim) sees only the families whose
-- current decision's intervention their organisation leads, and only the claims attributed to it; null for the
-- authority's own staff. The name is the one interventions.csv gives as lead_organisation.
alter table app_user add column organisation text check (organisation is null or length(organisation) between 1 and 200);
