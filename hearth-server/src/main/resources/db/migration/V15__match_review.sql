-- The matching review queue (issue 14, item 2; docs/data-in.md, "Reviewing matches"): the pairs of source people
-- hearth link could neither accept nor keep apart, as its review.csv gives them, each person's values side by side and
-- the match weight's explanation, with the reviewer's decision once made. A pair is held once (its people in order),
-- so a later review.csv queues only pairs not seen before and a decision is kept for every later run; a decision, once
-- made, is never changed here (a mistaken one is corrected in hearth link's decisions file, by hand and audited there).
create table match_review (
    id                bigint generated always as identity primary key,
    source_a          text             not null,
    person_a          text             not null,
    source_b          text             not null,
    person_b          text             not null,
    match_weight      double precision not null,
    match_probability double precision not null check (match_probability between 0 and 1),
    why               text             not null,
    shown             jsonb            not null,
    explanation       text             not null,
    queued_by         text             not null,
    queued_at         timestamptz      not null default now(),
    decision          text check (decision in ('accepted', 'rejected')),
    decided_by        text,
    decided_at        timestamptz,
    note              text,
    check ((source_a, person_a) < (source_b, person_b)),
    check ((decision is null) = (decided_by is null) and (decision is null) = (decided_at is null)),
    unique (source_a, person_a, source_b, person_b)
);
create index match_review_awaiting on match_review (match_weight desc, id) where decision is null;

-- A decision is made once: the row's decision columns may go from empty to made, never back or to another.
create function match_review_decided_once() returns trigger language plpgsql as $$
begin
    if old.decision is not null then
        raise exception 'match review % is decided (%), and a decision is never changed', old.id, old.decision;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end $$;
create trigger match_review_decided_once before update or delete on match_review
    for each row execute function match_review_decided_once();
