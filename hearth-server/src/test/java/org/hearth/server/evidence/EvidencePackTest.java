package org.hearth.server.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.PlanLoader;
import org.hearth.server.casework.Answer;
import org.hearth.server.evidence.EvidencePack.OutcomeEvidence;
import org.hearth.server.evidence.EvidencePack.UsedAnswer;
import org.hearth.server.family.HeldRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An evidence pack built from stored content alone, as a claim's frozen decision, records and answers would give it:
 * Southwark's plan, a decision citing an attendance record, a record no longer held, a key worker's answer signed off
 * in Hearth and one that came in the authority's own data.
 */
class EvidencePackTest {
    private static final Plan SOUTHWARK = PlanLoader.withBuiltInSchema().load("southwark.yaml", PlanLoader.builtInFile("southwark"));
    private static final LocalDate REVIEW = LocalDate.of(2019, 3, 31);
    private static final Instant RECORDED = Instant.parse("2019-03-21T10:15:00Z");
    private static final Instant SIGNED_OFF = Instant.parse("2019-03-29T16:00:00Z");
    private static final String DECISION = """
            {"family_id": "F1", "eligible": true, "eligibility": "2 of 6 problems identified", "intervention_id": "I1",
             "identified_on": "2016-09-30",
             "problems": [
              {"id": "1", "identified": false, "identified_by": [], "identified_on": null, "emerged": false,
               "progress_met": false, "progress": "not identified", "outcomes": []},
              {"id": "2", "identified": true, "identified_by": ["2B"], "identified_on": "2016-09-30", "emerged": false,
               "indicator_explanations": {"2B": "3 fixed-term exclusions over the last 3 full terms"},
               "progress_met": true, "progress": "progress shown by outcome 2.2",
               "outcomes": [{"id": "2.2", "met": true, "status": "met", "relevant": true,
                             "explanation": "attended 93% over the last three full terms",
                             "cited": ["attendance/AT-1", "exclusions/EX-GONE", "attendance/AT-1"]}]},
              {"id": "6", "identified": true, "identified_by": ["6C"], "identified_on": "2017-01-31", "emerged": true,
               "indicator_explanations": {"6C": "a health need recorded"},
               "progress_met": true, "progress": "progress shown by outcome 6.5",
               "outcomes": [{"id": "6.5", "met": true, "status": "met", "relevant": true,
                             "explanation": "key worker kim answered yes to '6.5'",
                             "cited": ["worker_assessments/HEARTH-WA-7", "worker_assessments/WA-LA-1"]},
                            {"id": "6.4", "met": false, "status": "not_applicable", "relevant": false,
                             "explanation": "applies only when identified by 6F"}]}],
             "claim": {"claimable": false, "route": null, "explanation": "no claim route met"}}""";

    private static EvidencePack pack() {
        Map<String, List<HeldRecord>> records = new LinkedHashMap<>();
        records.put("attendance.csv", List.of(new HeldRecord("AT-1", Map.of("person_id", "P1", "possible_sessions", "380"),
                "school census", 3, 12L)));
        records.put("worker_assessments.csv", List.of(
                new HeldRecord("HEARTH-WA-7", answerRow("true", "kim", "2019-03-21", "mo", REVIEW.toString()), "Hearth", 9, null),
                new HeldRecord("WA-LA-1", answerRow("false", "lee", "2018-11-02", "pat", "2018-11-05"), "MOSAIC", 3, 40L)));
        Answer signedOff = new Answer(7, "F1", null, "southwark", "6.5", true, "Letters from the dentist and GP seen",
                LocalDate.of(2019, 3, 21), "kim", RECORDED, Answer.State.SIGNED_OFF, "mo", SIGNED_OFF, null, 9L);
        Answer returned = new Answer(6, "F1", null, "southwark", "6.5", true, "Said so", LocalDate.of(2019, 3, 1), "kim",
                RECORDED, Answer.State.RETURNED, "mo", SIGNED_OFF, "Say who saw it", null);
        List<StoredEvidence.Membership> members = List.of(
                new StoredEvidence.Membership("P1", "child", LocalDate.of(2015, 1, 1), null, LocalDate.of(2009, 3, 31)),
                new StoredEvidence.Membership("P2", "child", LocalDate.of(2015, 1, 1), LocalDate.of(2018, 6, 30),
                        LocalDate.of(2009, 4, 1)),
                new StoredEvidence.Membership("P3", "parent_carer", LocalDate.of(2015, 1, 1), null, null));
        return EvidencePack.of(new StoredEvidence("F1", "SWK-0042", new Standing(4, REVIEW, SIGNED_OFF, 9, "southwark", "2015.1",
                "Families Matter Outcomes Plan", "ab".repeat(32)), SOUTHWARK, DECISION, members, records,
                List.of(returned, signedOff)));
    }

    private static Map<String, String> answerRow(String answer, String by, String on, String signedOffBy, String signedOffOn) {
        return Map.of("family_id", "F1", "question", "6.5", "answer", answer, "assessed_by", by, "assessed_on", on,
                "signed_off_by", signedOffBy, "signed_off_on", signedOffOn);
    }

    @Test
    void theIdentifiedProblemsCarryThePlansRowsAndTheOthersAreNamed() {
        EvidencePack pack = pack();

        assertThat(pack.authority()).isEqualTo(SOUTHWARK.authority());
        assertThat(pack.reference()).isEqualTo("SWK-0042");
        assertThat(pack.identified()).extracting(EvidencePack.ProblemEvidence::id).containsExactly("2", "6");
        assertThat(pack.notIdentified()).containsExactly(new EvidencePack.PlanProblem("1", "Crime and anti-social behaviour"));
        EvidencePack.IndicatorEvidence indicator = pack.identified().get(0).indicators().get(0);
        assertThat(indicator.id()).isEqualTo("2B");
        assertThat(indicator.explanation()).isEqualTo("3 fixed-term exclusions over the last 3 full terms");
        assertThat(indicator.sourceRef()).isEqualTo(SOUTHWARK.problem("2").indicator("2B").sourceRef()).isNotBlank();
        assertThat(pack.identified().get(1).emerged()).isTrue();
        OutcomeEvidence healthServices = pack.identified().get(1).outcomes().get(0);
        assertThat(healthServices.sourceRef()).isEqualTo("Southwark FMOP, Family Problem 6, outcome 6.5 (ALL)");
        assertThat(healthServices.evidenceNamed()).contains("Key worker assessment from MOSAIC, Careworks or Capita");
        assertThat(pack.identified().get(1).outcomes().get(1)).extracting(OutcomeEvidence::status, OutcomeEvidence::relevant)
                .containsExactly("not applicable", false);
    }

    @Test
    void anOutcomesCitedRecordsComeOnceWithTheirProvenanceAndARecordNoLongerHeldIsSaidToBe() {
        OutcomeEvidence attendance = pack().identified().get(0).outcomes().get(0);

        assertThat(attendance.status()).isEqualTo("met");
        assertThat(attendance.records()).extracting(EvidencePack.CitedRecord::file, EvidencePack.CitedRecord::recordId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("attendance.csv", "AT-1"),
                        org.assertj.core.groups.Tuple.tuple("exclusions.csv", "EX-GONE"));
        assertThat(attendance.records().get(0).held().provenance()).isEqualTo("school census; import 3, line 12");
        assertThat(attendance.records().get(1).held()).isNull();
        assertThat(attendance.answers()).isEmpty();
    }

    @Test
    void anAnswerSignedOffInHearthBringsItsEvidenceAndOneFromTheAuthoritysDataSaysItHasNone() {
        List<UsedAnswer> answers = pack().identified().get(1).outcomes().get(0).answers();

        assertThat(answers).hasSize(2);
        UsedAnswer inHearth = answers.get(0);
        assertThat(inHearth.recordId()).isEqualTo("HEARTH-WA-7");
        assertThat(inHearth.questionText()).isEqualTo("Is the family attending the health appointments it needs?");
        assertThat(inHearth.answer()).isTrue();
        assertThat(inHearth.evidence()).as("the signed-off answer's, not the returned one's")
                .isEqualTo("Letters from the dentist and GP seen");
        assertThat(inHearth).extracting(UsedAnswer::assessedBy, UsedAnswer::assessedOn, UsedAnswer::recordedAt,
                UsedAnswer::signedOffBy, UsedAnswer::signedOffOn, UsedAnswer::signedOffAt)
                .containsExactly("kim", "2019-03-21", RECORDED, "mo", "2019-03-31", SIGNED_OFF);
        UsedAnswer fromTheAuthority = answers.get(1);
        assertThat(fromTheAuthority).extracting(UsedAnswer::answer, UsedAnswer::assessedBy, UsedAnswer::signedOffBy,
                UsedAnswer::evidence, UsedAnswer::recordedAt, UsedAnswer::provenance)
                .containsExactly(false, "lee", "pat", null, null, "MOSAIC; import 3, line 40");
    }

    @Test
    void membersAreGivenWithTheirAgeOnTheReviewDate() {
        assertThat(pack().members()).extracting(EvidencePack.Member::personId, EvidencePack.Member::ageOnReviewDate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P1", 10), org.assertj.core.groups.Tuple.tuple("P2", 9),
                        org.assertj.core.groups.Tuple.tuple("P3", null));
    }

    @ParameterizedTest(name = "born {0}, on {1}: {2}")
    @CsvSource(nullValues = "none", value = {
            "2009-03-31, 2019-03-31, 10",   // the tenth birthday is the review date
            "2009-04-01, 2019-03-31, 9",    // a day short
            "2008-02-29, 2019-02-28, 10",   // born on 29 February: not 11 until 1 March in a common year
            "2008-02-29, 2019-03-01, 11",
            "2008-02-29, 2020-02-29, 12",
            "2019-03-31, 2019-03-31, 0",    // born on the review date
            "2019-04-01, 2019-03-31, none", // not yet born
    })
    void anAgeIsWholeYearsCountingTheBirthdayItself(LocalDate born, LocalDate day, Integer age) {
        assertThat(EvidencePackBuilder.ageOn(born, day)).isEqualTo(age);
    }
}
