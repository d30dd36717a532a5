-- Disposal (docs/data-protection.md, For how long): a claim whose retention has ended goes with its family, deleted
-- by the disposal's own transaction, which says so by setting hearth.disposal to 'on' for itself (set local). Any
-- other delete of a claim is refused as before; updates are unchanged.
create or replace function claim_frozen() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if current_setting('hearth.disposal', true) = 'on' then
            return old;
        end if;
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

-- A family's composition decisions go with it, and a person's decided match reviews with them, in the same way.
create or replace function composition_decision_made_once() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('hearth.disposal', true) = 'on' then
        return old;
    end if;
    raise exception 'composition decision % is made (% of family %), and a decision is never changed', old.id,
        old.change, old.family_id;
end $$;
create or replace function match_review_decided_once() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('hearth.disposal', true) = 'on' then
        return old;
    end if;
    if old.decision is not null then
        raise exception 'match review % is decided (%), and a decision is never changed', old.id, old.decision;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end $$;
