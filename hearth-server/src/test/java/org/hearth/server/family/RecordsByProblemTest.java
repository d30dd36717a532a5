package org.hearth.server.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.PlanLoader;
import org.junit.jupiter.api.Test;

/**
 * A family's records under the problems of Southampton's plan that read them: offences under crime, attendance under
 * school, a key worker's answer under the problem whose outcome it answers, and what no problem reads apart.
 */
class RecordsByProblemTest {
    private static final Plan SOUTHAMPTON = PlanLoader.withBuiltInSchema()
            .load("southampton.yaml", PlanLoader.builtInFile("southampton"));

    private static HeldRecord record(String id, Map<String, String> fields) {
        return new HeldRecord(id, fields, "police", 1, 2L);
    }

    private static final HeldRecord OFFENCE = record("O1", Map.of("date", "2018-01-04"));
    private static final HeldRecord ATTENDANCE = record("A1", Map.of("term", "2017/18 autumn"));
    private static final HeldRecord CALL_OUT = record("PC1", Map.of("date", "2018-02-01"));

    private static Map<String, List<HeldRecord>> held(Object... fileAndRecords) {
        Map<String, List<HeldRecord>> files = new LinkedHashMap<>();
        for (int i = 0; i < fileAndRecords.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<HeldRecord> records = (List<HeldRecord>) fileAndRecords[i + 1];
            files.put((String) fileAndRecords[i], records);
        }
        return files;
    }

    @Test
    void eachRecordIsShownUnderTheProblemsThatReadIt() {
        RecordsByProblem grouped = RecordsByProblem.group(SOUTHAMPTON,
                held("offences.csv", List.of(OFFENCE), "attendance.csv", List.of(ATTENDANCE)), Set.of("1"));

        RecordsByProblem.ProblemRecords crime = grouped.problems().get(0);
        RecordsByProblem.ProblemRecords school = grouped.problems().get(1);
        assertThat(crime.identified()).isTrue();
        assertThat(school.identified()).isFalse();
        assertThat(crime.files()).containsOnlyKeys("offences.csv");
        assertThat(crime.count()).isEqualTo(1);
        assertThat(school.files()).containsOnlyKeys("attendance.csv");
        assertThat(grouped.problems()).hasSize(SOUTHAMPTON.problems().size());
        assertThat(grouped.others()).isEmpty();
    }

    @Test
    void recordsNoProblemReadsAreShownApart() {
        // Southampton's plan counts police call-outs under no problem.
        RecordsByProblem grouped = RecordsByProblem.group(SOUTHAMPTON,
                held("offences.csv", List.of(OFFENCE), "police_callouts.csv", List.of(CALL_OUT)), Set.of());

        assertThat(grouped.others()).containsOnlyKeys("police_callouts.csv");
        assertThat(grouped.problems()).allSatisfy(problem -> assertThat(problem.files()).doesNotContainKey("police_callouts.csv"));
        assertThat(grouped.isEmpty()).isFalse();
    }

    @Test
    void aKeyWorkersAnswerGoesUnderTheProblemWhoseQuestionItAnswers() {
        String question = SOUTHAMPTON.problems().get(4).questions().iterator().next();
        HeldRecord answer = record("HEARTH-WA-1", Map.of("question", question, "answer", "true"));
        HeldRecord elsewhere = record("WA-2", Map.of("question", "no-such-question", "answer", "true"));

        RecordsByProblem grouped = RecordsByProblem.group(SOUTHAMPTON,
                held("worker_assessments.csv", List.of(answer, elsewhere)), Set.of());

        assertThat(grouped.problems().get(4).files().get("worker_assessments.csv")).containsExactly(answer);
        assertThat(grouped.problems().get(0).files()).isEmpty();
        assertThat(grouped.others().get("worker_assessments.csv")).containsExactly(elsewhere);
    }

    @Test
    void withoutADecisionEveryRecordIsShownApart() {
        RecordsByProblem grouped = RecordsByProblem.group(null, held("offences.csv", List.of(OFFENCE)), Set.of());

        assertThat(grouped.problems()).isEmpty();
        assertThat(grouped.others()).containsOnlyKeys("offences.csv");
        assertThat(RecordsByProblem.group(null, Map.of(), Set.of()).isEmpty()).isTrue();
    }
}
