package org.hearth.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.hearth.engine.evaluation.EvaluationJson;
import org.hearth.engine.evaluation.Evaluator;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.PlanLoader;
import org.hearth.io.PersonName;
import org.hearth.io.Population;
import org.hearth.io.generate.SyntheticAuthority;
import org.hearth.server.ServerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A family read alone (after a sign-off, so that one answer does not re-read a whole authority) is decided
 * exactly as it is among all the others: for every family of an authority, under a plan with key-worker
 * questions, the decision and every explanation are the same, with the authority's own school terms and with
 * the standard terms over the span of the whole authority's data.
 */
class FamilyReadAloneTest {
    private static final LocalDate AS_OF = SyntheticAuthority.DATA_END;

    @TempDir
    Path temp;

    @ParameterizedTest(name = "school_terms.csv given: {0}")
    @ValueSource(booleans = {true, false})
    void everyFamilyReadAloneIsDecidedAsAmongTheOthers(boolean termsGiven) throws Exception {
        Path folder = ServerFixture.authority(temp.resolve("data"), 100, 17);
        if (!termsGiven) {
            Files.delete(folder.resolve("school_terms.csv"));
        }
        Plan plan = PlanLoader.withBuiltInSchema().load("southwark.yaml", ServerFixture.builtInPlan("southwark"));
        try (ConfigurableApplicationContext server = ServerFixture.offline(temp.resolve("hearth"))) {
            server.getBean(DataImport.class).importFolder(folder, "coordinator", ImportProgress.NONE);
            StoredData stored = server.getBean(StoredData.class);
            TransactionTemplate transaction = server.getBean(TransactionTemplate.class);
            Population whole = transaction.execute(status -> stored.current());

            int compared = 0;
            for (String familyId : whole.families()) {
                Population alone = transaction.execute(status -> stored.family(familyId));
                assertThat(decision(plan, alone, familyId)).as(familyId).isEqualTo(decision(plan, whole, familyId));
                compared++;
            }
            assertThat(compared).isEqualTo(100);
        }
    }

    @Test
    void aFamilyReadAloneHoldsOnlyItsOwnMembersAndTheirMothers(@TempDir Path data) {
        Path folder = ServerFixture.authority(data.resolve("data"), 30, 5);
        try (ConfigurableApplicationContext server = ServerFixture.offline(temp.resolve("hearth-alone"))) {
            server.getBean(DataImport.class).importFolder(folder, "coordinator", ImportProgress.NONE);
            StoredData stored = server.getBean(StoredData.class);
            Population whole = server.getBean(TransactionTemplate.class).execute(status -> stored.current());
            String familyId = whole.families().get(0);

            Population alone = server.getBean(TransactionTemplate.class).execute(status -> stored.family(familyId));

            assertThat(alone.families()).containsExactly(familyId);
            assertThat(alone.memberships()).allMatch(membership -> membership.familyId().equals(familyId));
            assertThat(alone.people().size()).isLessThan(whole.people().size());
        }
    }

    /**
     * A value with a comma, quotes, an apostrophe and letters beyond ASCII, and an empty one beside it, come back as
     * imported, in the whole authority copied out and in a family read alone.
     */
    @Test
    void valuesThatCsvMustQuoteComeBackAsImported(@TempDir Path data) throws Exception {
        Path folder = ServerFixture.authority(data.resolve("data"), 10, 3);
        String[] first = ServerFixture.rename(folder, 2, "\"Zoë, \"\"Jo\"\"\"", "O'Brien-Łukasz");
        String secondFamilyName = "Okafor";
        String[] second = ServerFixture.rename(folder, 3, "", secondFamilyName);
        try (ConfigurableApplicationContext server = ServerFixture.offline(temp.resolve("hearth-quoted"))) {
            server.getBean(DataImport.class).importFolder(folder, "coordinator", ImportProgress.NONE);
            StoredData stored = server.getBean(StoredData.class);
            Population whole = server.getBean(TransactionTemplate.class).execute(status -> stored.current());
            String familyId = whole.memberships().stream().filter(one -> one.personId().equals(first[0])).findFirst()
                    .orElseThrow().familyId();
            Population alone = server.getBean(TransactionTemplate.class).execute(status -> stored.family(familyId));

            for (Population read : List.of(whole, alone)) {
                assertThat(read.personName(first[0])).isEqualTo(new PersonName("Zoë, \"Jo\"", "O'Brien-Łukasz"));
            }
            assertThat(whole.personName(second[0]).givenName()).isNull();
            assertThat(whole.personName(second[0]).familyName()).isEqualTo(secondFamilyName);
        }
    }

    private static String decision(Plan plan, Population population, String familyId) {
        return EvaluationJson.familyJson(Evaluator.evaluate(plan, population.timeline(familyId), AS_OF).explanationsWorkedOut());
    }
}
