package org.hearth.io.canonical;

import static org.hearth.io.canonical.CellTypes.DATE;
import static org.hearth.io.canonical.CellTypes.DECIMAL;
import static org.hearth.io.canonical.CellTypes.FAMILY;
import static org.hearth.io.canonical.CellTypes.FLAG;
import static org.hearth.io.canonical.CellTypes.MEMBER;
import static org.hearth.io.canonical.CellTypes.TEXT;
import static org.hearth.io.canonical.CellTypes.code;

import org.hearth.engine.timeline.AssessmentTool;
import org.hearth.engine.timeline.ProfessionalConcern;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.ScoredAssessment;
import org.hearth.engine.timeline.ServiceEpisode;
import org.hearth.engine.timeline.Vocabulary;
import org.hearth.engine.timeline.WorkerAssessment;

/**
 * The files that cut across the problems: services a family takes part in, standardised assessments,
 * professionals' concerns, and key workers' signed-off judgements.
 */
final class SupportLayouts {
    static final Layout<ServiceEpisode> SERVICES = services();
    static final Layout<ScoredAssessment> ASSESSMENTS = assessments();
    static final Layout<ProfessionalConcern> CONCERNS = concerns();
    static final Layout<WorkerAssessment> WORKER_ASSESSMENTS = workerAssessments();

    private SupportLayouts() {
    }

    private static Layout<ServiceEpisode> services() {
        Layout.Builder<ServiceEpisode> b = Layout.builder(RecordKind.SERVICES);
        var id = b.recordId(ServiceEpisode::recordId);
        var person = b.optional("person_id", MEMBER, ServiceEpisode::personId);
        var family = b.optional("family_id", FAMILY, ServiceEpisode::familyId);
        var service = b.required("service", code(ServiceEpisode.Service.class), ServiceEpisode::service);
        var start = b.required("start_date", DATE, ServiceEpisode::start);
        var end = b.optional("end_date", DATE, ServiceEpisode::end);
        var status = b.required("status", code(ServiceEpisode.Status.class), ServiceEpisode::status);
        var source = b.source(ServiceEpisode::source);
        b.span(start, end);
        return b.build(v -> new ServiceEpisode(v.get(id), v.get(person), v.get(family), v.get(service),
                v.get(start), v.get(end), v.get(status), v.get(source)));
    }

    /** A scoring tool needs a score and a levelled tool a level; the engine's record says which. */
    private static Layout<ScoredAssessment> assessments() {
        Layout.Builder<ScoredAssessment> b = Layout.builder(RecordKind.ASSESSMENTS);
        var id = b.recordId(ScoredAssessment::recordId);
        var person = b.optional("person_id", MEMBER, ScoredAssessment::personId);
        var family = b.optional("family_id", FAMILY, ScoredAssessment::familyId);
        var tool = b.required("tool", code(AssessmentTool.class), ScoredAssessment::tool);
        var date = b.required("date", DATE, ScoredAssessment::date);
        var score = b.optional("score", DECIMAL, ScoredAssessment::score);
        var level = b.optional("level", TEXT, ScoredAssessment::level);
        var source = b.source(ScoredAssessment::source);
        return b.build(v -> new ScoredAssessment(v.get(id), v.get(person), v.get(family), v.get(tool), v.get(date),
                v.get(score), v.get(level), v.get(source)));
    }

    private static Layout<ProfessionalConcern> concerns() {
        Layout.Builder<ProfessionalConcern> b = Layout.builder(RecordKind.CONCERNS);
        var id = b.recordId(ProfessionalConcern::recordId);
        var person = b.optional("person_id", MEMBER, ProfessionalConcern::personId);
        var family = b.required("family_id", FAMILY, ProfessionalConcern::familyId);
        var theme = b.required("theme", code(Vocabulary.Theme.class), ProfessionalConcern::theme);
        var date = b.required("date", DATE, ProfessionalConcern::date);
        var raisedBy = b.required("raised_by", TEXT, ProfessionalConcern::raisedBy);
        var source = b.source(ProfessionalConcern::source);
        return b.build(v -> new ProfessionalConcern(v.get(id), v.get(family), v.get(person), v.get(theme),
                v.get(date), v.get(raisedBy), v.get(source)));
    }

    /** The two dates keep the record's own names: when the worker answered, and when a manager signed it off. */
    private static Layout<WorkerAssessment> workerAssessments() {
        Layout.Builder<WorkerAssessment> b = Layout.builder(RecordKind.WORKER_ASSESSMENTS);
        var id = b.recordId(WorkerAssessment::recordId);
        var person = b.optional("person_id", MEMBER, WorkerAssessment::personId);
        var family = b.required("family_id", FAMILY, WorkerAssessment::familyId);
        var plan = b.optional("plan_id", TEXT, WorkerAssessment::planId);
        var question = b.required("question", TEXT, WorkerAssessment::question);
        var answer = b.required("answer", FLAG, WorkerAssessment::answer);
        var assessedOn = b.required("assessed_on", DATE, WorkerAssessment::assessedOn);
        var assessedBy = b.required("assessed_by", TEXT, WorkerAssessment::assessedBy);
        var signedOffOn = b.optional("signed_off_on", DATE, WorkerAssessment::signedOffOn);
        var signedOffBy = b.optional("signed_off_by", TEXT, WorkerAssessment::signedOffBy);
        var signedOffRole = b.optional("signed_off_role", TEXT, WorkerAssessment::signedOffRole);
        var source = b.source(WorkerAssessment::source);
        b.span(assessedOn, signedOffOn);
        return b.build(v -> new WorkerAssessment(v.get(id), v.get(family), v.get(person), v.get(question),
                v.get(answer), v.get(assessedOn), v.get(assessedBy), v.get(signedOffOn), v.get(signedOffBy),
                v.get(signedOffRole), v.get(source), v.get(plan)));
    }
}
