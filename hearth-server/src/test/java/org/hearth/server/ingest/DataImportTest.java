package org.hearth.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.hearth.io.generate.SyntheticAuthority;
import org.hearth.server.ServerFixture;
import org.hearth.server.plan.PlanVersions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An import as a coordinator runs it, against the embedded PostgreSQL: all or nothing, with the command
 * line's errors, nothing added twice, a newer extract replacing what it supersedes with the old rows kept,
 * every row's provenance, and the families evaluated under the plan in force.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataImportTest {
    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private DataImport imports;
    private JdbcTemplate jdbc;

    @BeforeAll
    void start() {
        server = ServerFixture.offline(temp.resolve("hearth"));
        imports = server.getBean(DataImport.class);
        jdbc = server.getBean(JdbcTemplate.class);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @BeforeEach
    void empty() {
        jdbc.execute("truncate stored_row, family_evaluation, evaluation_run, plan_version, data_import restart identity cascade");
    }

    @Test
    void keepsEveryRowWithItsFileLineAndImport() throws IOException {
        Path folder = ServerFixture.authority(temp.resolve("first"), 40, 7);

        ImportReport report = imports.importFolder(folder, "coordinator", ImportProgress.NONE);

        long lines = 0;
        for (String file : List.of("people.csv", "offences.csv", "attendance.csv")) {
            long rows = Files.readAllLines(folder.resolve(file)).size() - 1;
            assertThat(report.files().get(file).added()).as(file).isEqualTo(rows);
            lines += rows;
        }
        assertThat(lines).isPositive();
        String secondPerson = Files.readAllLines(folder.resolve("people.csv")).get(2).split(",")[0];
        Map<String, Object> stored = jdbc.queryForMap(
                "select import_id, line, fields->>'person_id' as person from stored_row where file = 'people.csv' and row_key = ?",
                secondPerson);
        assertThat(stored).containsEntry("import_id", report.importId()).containsEntry("line", 3L)
                .containsEntry("person", secondPerson);
        assertThat(jdbc.queryForObject("select count(*) from stored_row", Long.class)).isEqualTo(report.rows());
        assertThat(jdbc.queryForObject("select status from data_import where id = ?", String.class, report.importId()))
                .isEqualTo("accepted");
    }

    @Test
    void theSameExtractImportedAgainAddsNothing() {
        Path folder = ServerFixture.authority(temp.resolve("same"), 30, 11);
        ImportReport first = imports.importFolder(folder, "coordinator", ImportProgress.NONE);

        ImportReport again = imports.importFolder(folder, "coordinator", ImportProgress.NONE);

        assertThat(again.files().values()).allSatisfy(counts -> {
            assertThat(counts.added()).isZero();
            assertThat(counts.replaced()).isZero();
            assertThat(counts.withdrawn()).isZero();
        });
        assertThat(again.files().get("people.csv").unchanged()).isEqualTo(first.files().get("people.csv").added());
        assertThat(jdbc.queryForObject("select count(*) from stored_row", Long.class)).isEqualTo(first.rows());
    }

    @Test
    void aNewerExtractReplacesAndWithdrawsRowsAndKeepsTheOldOnes() throws IOException {
        Path folder = ServerFixture.authority(temp.resolve("newer"), 40, 7);
        imports.importFolder(folder, "coordinator", ImportProgress.NONE);
        Path offences = folder.resolve("offences.csv");
        List<String> rows = Files.readAllLines(offences);
        assertThat(rows).hasSizeGreaterThan(3);
        String[] changed = rows.get(1).split(",", -1);
        String withdrawnId = rows.get(2).split(",", -1)[0];
        changed[2] = "2015-02-28"; // the date, corrected by the police
        ServerFixture.replaceLine(offences, 2, String.join(",", changed));
        ServerFixture.replaceLine(offences, 3, null);

        ImportReport newer = imports.importFolder(folder, "coordinator", ImportProgress.NONE);

        assertThat(newer.files().get("offences.csv")).isEqualTo(
                new ImportReport.FileCounts(0, 1, rows.size() - 3, 1));
        assertThat(jdbc.queryForList("select end_reason from stored_row where file = 'offences.csv' and row_key = ? order by id",
                String.class, changed[0])).containsExactly("replaced", null);
        assertThat(jdbc.queryForObject("""
                select fields->>'date' from stored_row where file = 'offences.csv' and row_key = ? and ended_by is null""",
                String.class, changed[0])).isEqualTo("2015-02-28");
        assertThat(jdbc.queryForList("select end_reason from stored_row where file = 'offences.csv' and row_key = ?",
                String.class, withdrawnId)).containsExactly("withdrawn");
    }

    @Test
    void aMalformedFolderIsRejectedWithTheCommandLinesErrorsAndNothingWritten() {
        Path folder = ServerFixture.authority(temp.resolve("bad"), 20, 3);
        String[] person = readLine(folder.resolve("people.csv"), 2).split(",", -1);
        person[1] = "2015-02-29";
        ServerFixture.replaceLine(folder.resolve("people.csv"), 2, String.join(",", person));

        assertThatThrownBy(() -> imports.importFolder(folder, "coordinator", ImportProgress.NONE))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                        .contains("people.csv:2:2: date_of_birth: '2015-02-29' is not a real date: February 2015 has 28 days"));

        assertThat(jdbc.queryForObject("select count(*) from stored_row", Long.class)).isZero();
        assertThat(jdbc.queryForList("select status from data_import", String.class)).containsExactly("rejected");
    }

    @Test
    void rowsValidAloneButNotWithTheDataHeldAreRejectedNamingTheirImport() throws IOException {
        Path folder = ServerFixture.authority(temp.resolve("held"), 40, 7);
        ImportReport first = imports.importFolder(folder, "coordinator", ImportProgress.NONE);
        List<String> mothers = Files.readAllLines(folder.resolve("people.csv")).stream().map(line -> line.split(",", -1)[3]).toList();
        List<String> offenceRows = Files.readAllLines(folder.resolve("offences.csv"));
        int offenceLine = 2;
        while (mothers.contains(offenceRows.get(offenceLine - 1).split(",", -1)[1])) {
            offenceLine++;
        }
        String offender = offenceRows.get(offenceLine - 1).split(",", -1)[1];
        String offenceAt = "offences.csv:" + offenceLine + ":2: person_id:";
        Path newer = Files.createDirectories(temp.resolve("newer-people"));
        // A newer extract of the core files without the offender, and no offences file: the offences held stay.
        Files.copy(folder.resolve("families.csv"), newer.resolve("families.csv"));
        Files.write(newer.resolve("people.csv"), Files.readAllLines(folder.resolve("people.csv")).stream()
                .filter(line -> !line.split(",", -1)[0].equals(offender)).toList());
        Files.write(newer.resolve("memberships.csv"), Files.readAllLines(folder.resolve("memberships.csv")).stream()
                .filter(line -> !line.split(",", -1)[1].equals(offender)).toList());
        long held = jdbc.queryForObject("select count(*) from stored_row where ended_by is null", Long.class);

        assertThatThrownBy(() -> imports.importFolder(newer, "coordinator", ImportProgress.NONE))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors()).anySatisfy(error ->
                        assertThat(error).startsWith(offenceAt).contains(offender)
                                .endsWith("(a row of import " + first.importId() + ")")));

        assertThat(jdbc.queryForObject("select count(*) from stored_row where ended_by is null", Long.class)).isEqualTo(held);
    }

    @Test
    void evaluatesEveryFamilyUnderThePlanInForceAndRecordsItsVersionAndHash() {
        var plan = server.getBean(PlanVersions.class).upload("southampton.yaml", ServerFixture.builtInPlan("southampton"),
                SyntheticAuthority.DATA_END.minusYears(5), "coordinator");
        Path folder = ServerFixture.authority(temp.resolve("evaluated"), 25, 5);

        ImportReport report = imports.importFolder(folder, "coordinator", ImportProgress.NONE);

        assertThat(report.evaluationRun()).isNotNull();
        Map<String, Object> run = jdbc.queryForMap("select * from evaluation_run where id = ?", report.evaluationRun());
        assertThat(run).containsEntry("plan_version_id", plan.id()).containsEntry("plan_sha256", plan.sha256())
                .containsEntry("data_import_id", report.importId()).containsEntry("families", 25);
        assertThat(jdbc.queryForObject("select count(*) from family_evaluation where run_id = ?", Long.class,
                report.evaluationRun())).isEqualTo(25);
        assertThat(jdbc.queryForObject("select result->'claim'->>'explanation' from family_evaluation limit 1", String.class))
                .isNotBlank();
    }

    private static String readLine(Path file, int line) {
        try {
            return Files.readAllLines(file).get(line - 1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
