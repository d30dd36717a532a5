-- A coordinator's decisions on families' compositions (issue 14, item 3; docs/data-in.md, "Deciding a family's
-- composition in the server"): the composition as hearth link formed it confirmed, a person who joins the family or
-- leaves it from a day, or a member's role from a day. The server keeps them in the order made (id is the file's
-- decision_id) and writes them as composition_decisions.csv (org.hearth.io.link.CompositionDecisions), which
-- hearth link --compositions applies when it forms households; until then the family's members are as linked. The
-- rules for a decision's parts are CompositionDecision.problems, which the server applies before it stores one; the
-- checks here keep the table within the file's meaning whatever writes to it. A decision is never changed: a mistaken
-- one is put right by a later one.
create table composition_decision (
    id                       bigint generated always as identity primary key,
    family_id                text        not null check (family_id <> ''),
    person_id                text check (person_id <> ''),
    change                   text        not null check (change in ('confirmed', 'joins', 'leaves', 'role')),
    role                     text check (role in ('parent_carer', 'child', 'other_adult')),
    parenting_responsibility boolean     not null default false,
    from_date                date        not null,
    decided_by               text        not null check (decided_by <> ''),
    decided_at               timestamptz not null default now(),
    note                     text check (length(note) <= 2000),
    -- a confirmation is of the whole family; every other change names its person
    check ((change = 'confirmed') = (person_id is null)),
    -- joining and a role change give the role (and so whether the person has parenting responsibility); the others none
    check ((change in ('joins', 'role')) = (role is not null)),
    check (role is not null or not parenting_responsibility)
);
create index composition_decision_family on composition_decision (family_id, id);

-- A decision is made once: its row is never changed or deleted.
create function composition_decision_made_once() returns trigger language plpgsql as $$
begin
    raise exception 'composition decision % is made (% of family %), and a decision is never changed', old.id,
        old.change, old.family_id;
end $$;
create trigger composition_decision_made_once before update or delete on composition_decision
    for each row execute function composition_decision_made_once();
