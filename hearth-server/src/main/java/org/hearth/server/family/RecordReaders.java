package org.hearth.server.family;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hearth.engine.measure.Measure;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.Problem;
import org.hearth.engine.timeline.RecordKind;

/**
 * Which of a plan's problems read a record: those whose indicators and outcomes read its kind ({@link Problem#reads});
 * of key workers' answers, only those asking the question it answers. A police call-out about domestic abuse may be
 * read by two problems; a record no problem reads is read by none.
 */
final class RecordReaders {
    private static final String ANSWERS = RecordKind.WORKER_ASSESSMENTS.name() + ".csv";

    private record Reader(String problemId, Set<String> kinds, Set<String> questions) {
    }

    private final List<Reader> readers = new ArrayList<>();

    /** @param plan the plan the family's decision was made under; null (no decision yet): no problem reads anything */
    RecordReaders(Plan plan) {
        if (plan != null) {
            for (Problem problem : plan.problems()) {
                readers.add(new Reader(problem.id(), problem.reads(), problem.questions()));
            }
        }
    }

    /**
     * The ids of the problems that read a record, in the plan's order.
     *
     * @param file the file the record is of ("offences.csv")
     * @param question for a key worker's answer, the question it answers; otherwise ignored
     */
    List<String> of(String file, String question) {
        String kind = kindOf(file);
        List<String> ids = new ArrayList<>();
        for (Reader reader : readers) {
            if (reader.kinds().contains(kind) && (!file.equals(ANSWERS) || reader.questions().contains(question))) {
                ids.add(reader.problemId());
            }
        }
        return ids;
    }

    /** The kind a file holds, as {@link Measure#reads} names it: a tier change is part of an intervention. */
    private static String kindOf(String file) {
        return file.equals("tier_changes.csv") ? Measure.INTERVENTIONS : file.substring(0, file.length() - ".csv".length());
    }
}
