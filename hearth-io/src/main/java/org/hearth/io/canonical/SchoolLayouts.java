package org.hearth.io.canonical;

import static org.hearth.io.canonical.CellTypes.ACADEMIC_YEAR;
import static org.hearth.io.canonical.CellTypes.COUNT;
import static org.hearth.io.canonical.CellTypes.DATE;
import static org.hearth.io.canonical.CellTypes.DECIMAL;
import static org.hearth.io.canonical.CellTypes.MEMBER;
import static org.hearth.io.canonical.CellTypes.TEXT;
import static org.hearth.io.canonical.CellTypes.code;

import org.hearth.engine.timeline.EducationSetting;
import org.hearth.engine.timeline.Exclusion;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.SchoolTerm;
import org.hearth.engine.timeline.TermAttendance;

/** The files of school: each term's attendance, exclusions, and where a child is educated. */
final class SchoolLayouts {
    static final Layout<TermAttendance> ATTENDANCE = attendance();
    static final Layout<Exclusion> EXCLUSIONS = exclusions();
    static final Layout<EducationSetting> EDUCATION_SETTINGS = educationSettings();

    private SchoolLayouts() {
    }

    /** A term is named by its academic year and term, and takes its dates from the folder's school calendar. */
    private static Layout<TermAttendance> attendance() {
        Layout.Builder<TermAttendance> b = Layout.builder(RecordKind.ATTENDANCE);
        var id = b.recordId(TermAttendance::recordId);
        var person = b.required("person_id", MEMBER, TermAttendance::personId);
        var year = b.required("academic_year", ACADEMIC_YEAR, a -> a.term().academicYear());
        var term = b.required("term", code(SchoolTerm.Term.class), a -> a.term().term());
        var possible = b.required("possible_sessions", COUNT, TermAttendance::possibleSessions);
        var authorised = b.required("authorised_absence", COUNT, TermAttendance::authorisedAbsence);
        var unauthorised = b.required("unauthorised_absence", COUNT, TermAttendance::unauthorisedAbsence);
        var school = b.optional("school_urn", TEXT, TermAttendance::schoolUrn);
        var source = b.source(TermAttendance::source);
        return b.build(v -> new TermAttendance(v.get(id), v.get(person),
                v.scope().context().terms().term(year, v.get(year), v.get(term)), v.get(possible), v.get(authorised),
                v.get(unauthorised), v.get(school), v.get(source)));
    }

    private static Layout<Exclusion> exclusions() {
        Layout.Builder<Exclusion> b = Layout.builder(RecordKind.EXCLUSIONS);
        var id = b.recordId(Exclusion::recordId);
        var person = b.required("person_id", MEMBER, Exclusion::personId);
        var date = b.required("date", DATE, Exclusion::date);
        var type = b.required("type", code(Exclusion.Type.class), Exclusion::type);
        var days = b.required("days", DECIMAL, Exclusion::days);
        var phase = b.required("phase", code(Exclusion.Phase.class), Exclusion::phase);
        var source = b.source(Exclusion::source);
        return b.build(v -> new Exclusion(v.get(id), v.get(person), v.get(date), v.get(type), v.get(days),
                v.get(phase), v.get(source)));
    }

    private static Layout<EducationSetting> educationSettings() {
        Layout.Builder<EducationSetting> b = Layout.builder(RecordKind.EDUCATION_SETTINGS);
        var id = b.recordId(EducationSetting::recordId);
        var person = b.required("person_id", MEMBER, EducationSetting::personId);
        var setting = b.required("setting", code(EducationSetting.Setting.class), EducationSetting::setting);
        var start = b.required("start_date", DATE, EducationSetting::start);
        var end = b.optional("end_date", DATE, EducationSetting::end);
        var source = b.source(EducationSetting::source);
        b.span(start, end);
        return b.build(v -> new EducationSetting(v.get(id), v.get(person), v.get(setting), v.get(start), v.get(end),
                v.get(source)));
    }
}
