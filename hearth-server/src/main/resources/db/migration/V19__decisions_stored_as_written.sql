-- Each decision's JSON (the evaluate command's for the family, about 7 KB, most of it explanations) is stored as json:
-- PostgreSQL checks that it is JSON and keeps it as written, where jsonb took every decision apart and built it again,
-- the largest cost of storing a run of 100,000 families (docs/benchmarks.md, issue 15 item 6). It is read whole (the
-- family's page, a claim's evidence, screening). The figures of the decision that the reports count are kept beside it
-- as jsonb, which their queries reach into (org.hearth.server.evaluation.DecisionFigures): the day of identification,
-- the intervention engaged, and each problem's id, identification and day with its outcomes' id, relevance and status.
alter table family_evaluation drop column engaged;
alter table family_evaluation add column figures jsonb;
update family_evaluation set figures = jsonb_build_object(
    'identified_on', result->'identified_on',
    'intervention_id', result->'intervention_id',
    'problems', coalesce((
        select jsonb_agg(jsonb_build_object(
                   'id', p->'id', 'identified', p->'identified', 'identified_on', p->'identified_on',
                   'outcomes', coalesce((
                       select jsonb_agg(jsonb_build_object('id', o->'id', 'relevant', o->'relevant', 'status', o->'status')
                                        order by outcome_at)
                       from jsonb_array_elements(p->'outcomes') with ordinality as outcome (o, outcome_at)), '[]'::jsonb))
                   order by problem_at)
        from jsonb_array_elements(result->'problems') with ordinality as problem (p, problem_at)), '[]'::jsonb));
alter table family_evaluation alter column figures set not null;
alter table family_evaluation alter column result type json using result::json;
alter table family_evaluation
    add column engaged boolean generated always as (figures->>'intervention_id' is not null) stored;

-- Where PostgreSQL was built with lz4 (most builds since 14), decisions are compressed with it: several times faster
-- than the default pglz, at much the same size. A build without it keeps pglz.
do $$
begin
    alter table family_evaluation alter column result set compression lz4;
exception when feature_not_supported then
    null;
end $$;
