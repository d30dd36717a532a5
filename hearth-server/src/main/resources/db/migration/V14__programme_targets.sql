-- How many families a programme is to work with over a period (Southwark: about 3,000 families; Worcestershire: 3,100
-- over the five years, and just under 700 from January 2015 to March 2016): dated reference data a coordinator sets,
-- which the reports count engaged and eligible families against (docs/reports.md). A programme is the plan id its
-- plan versions share. A target is never changed: a mistaken one is withdrawn, with who withdrew it and why, and kept.
create table programme_target (
    id                bigint generated always as identity primary key,
    plan_id           text        not null,
    families          integer     not null check (families between 1 and 1000000),
    starts_on         date        not null,
    ends_on           date        not null,
    basis             text        not null check (length(basis) between 1 and 500),
    set_by            text        not null,
    set_at            timestamptz not null default now(),
    withdrawn_by      text,
    withdrawn_at      timestamptz,
    withdrawal_reason text,
    check (starts_on < ends_on),
    check ((withdrawn_by is null) = (withdrawn_at is null)),
    check ((withdrawn_by is null) = (withdrawal_reason is null))
);
create index programme_target_plan on programme_target (plan_id) where withdrawn_by is null;
