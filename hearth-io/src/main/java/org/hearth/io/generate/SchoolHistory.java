package org.hearth.io.generate;

import java.time.LocalDate;
import java.time.Month;

import org.hearth.engine.timeline.EducationSetting;
import org.hearth.engine.timeline.Exclusion;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.SchoolCalendar;
import org.hearth.engine.timeline.SchoolTerm;
import org.hearth.engine.timeline.TermAttendance;
import org.hearth.engine.timeline.Vocabulary.Theme;

/**
 * School attendance term by term, exclusions and school rolls. Most children attend around 95%; in
 * a family with a school problem one or more children attend far less before the reference day, and
 * recover after it if the family turns around.
 */
final class SchoolHistory {
    private SchoolHistory() {
    }

    static void make(Household household, Story story, SchoolCalendar calendar, Ids ids, Chance chance, Sink sink) {
        boolean problem = story.has(Theme.SCHOOL_ATTENDANCE);
        boolean better = story.improves(Theme.SCHOOL_ATTENDANCE);
        LocalDate reference = story.referenceDay();
        for (Person child : household.children) {
            boolean poor = problem && chance.percent(65);
            boolean excluded = problem && chance.percent(30);
            boolean missing = problem && !poor && chance.percent(15);
            double usual = chance.normal(95.5, 2.5, 85, 100);
            double low = chance.normal(82, 5, 60, 89.5);
            double recovered = chance.normal(94, 2.5, 88, 100);
            LocalDate onRoll = null;
            for (SchoolTerm term : calendar.terms()) {
                if (term.start().isBefore(Rates.DATA_START) || term.start().isAfter(sink.dataEnd())) {
                    continue;
                }
                int ageAtStart = child.ageOn(LocalDate.of(term.academicYear(), Month.AUGUST, 31));
                if (ageAtStart < 4 || ageAtStart > 15) {
                    continue;
                }
                if (onRoll == null) {
                    onRoll = term.start();
                }
                boolean afterHelp = !term.end().isBefore(reference.plusMonths(2));
                if (missing && !afterHelp) {
                    continue;
                }
                double rate = !poor ? usual : afterHelp && better ? recovered : low + (afterHelp ? chance.between(-2.0, 3.0) : 0);
                attendance(child, term, rate, ids, chance, sink);
                if (excluded && (!afterHelp || !better) && chance.percent(afterHelp ? 35 : 70)) {
                    exclusions(child, term, ageAtStart, ids, chance, sink);
                }
            }
            if (onRoll != null) {
                rolls(child, onRoll, missing, better, reference, ids, sink);
            }
        }
    }

    private static void attendance(Person child, SchoolTerm term, double rate, Ids ids, Chance chance, Sink sink) {
        int possible = switch (term.term()) {
            case AUTUMN -> chance.between(136, 146);
            case SPRING -> chance.between(114, 126);
            case SUMMER -> chance.between(118, 130);
        };
        int absent = (int) Math.round(possible * (100 - rate) / 100);
        int unauthorised = (int) Math.round(absent * chance.between(0.2, 0.6));
        sink.add(new TermAttendance(ids.record("AT"), child.personId(), term, possible, absent - unauthorised, unauthorised,
                "S" + (100000 + chance.between(0, 999)), "school census"));
    }

    private static void exclusions(Person child, SchoolTerm term, int ageAtStart, Ids ids, Chance chance, Sink sink) {
        Exclusion.Phase phase = ageAtStart <= 10 ? Exclusion.Phase.PRIMARY : Exclusion.Phase.SECONDARY;
        int count = chance.between(1, 3);
        for (int i = 0; i < count; i++) {
            LocalDate day = chance.day(term.start(), term.end());
            boolean permanent = chance.percent(3);
            sink.add(new Exclusion(ids.record("EX"), child.personId(), day,
                    permanent ? Exclusion.Type.PERMANENT : Exclusion.Type.FIXED_TERM,
                    permanent ? 0 : chance.between(1, 6) / 2.0 + 0.5, phase, "school census"));
        }
    }

    private static void rolls(Person child, LocalDate onRoll, boolean missing, boolean better, LocalDate reference,
                              Ids ids, Sink sink) {
        if (!missing) {
            sink.add(new EducationSetting(ids.record("ED"), child.personId(), EducationSetting.Setting.MAINSTREAM_SCHOOL,
                    onRoll, null, "school census"));
            return;
        }
        LocalDate backOnRoll = reference.plusMonths(2);
        sink.add(new EducationSetting(ids.record("ED"), child.personId(), EducationSetting.Setting.MISSING_EDUCATION,
                reference.minusMonths(8), better ? backOnRoll.minusDays(1) : null, "CME officer"));
        if (better) {
            sink.add(new EducationSetting(ids.record("ED"), child.personId(), EducationSetting.Setting.ALTERNATIVE_PROVISION,
                    backOnRoll, null, "CME officer"));
        }
    }
}
