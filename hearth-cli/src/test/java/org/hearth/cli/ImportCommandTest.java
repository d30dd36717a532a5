package org.hearth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.hearth.io.canonical.CanonicalWriter;
import org.hearth.io.generate.SyntheticAuthority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code hearth import} as an operator runs it, in its own process, on a PostgreSQL of its own
 * ({@code HEARTH_DB_URL}): an import accepted with its report, a malformed folder refused with the reader's
 * errors and nothing written, and an import killed in the middle of writing leaving the database exactly as
 * it was.
 */
class ImportCommandTest {
    @RegisterExtension
    static final OwnPostgres DATABASE = new OwnPostgres();

    private final JdbcTemplate jdbc = DATABASE.jdbc();

    @Test
    void aKilledImportLeavesTheDatabaseAsItWas() throws Exception {
        HearthProcess.Result first = hearth("import", authority("first", 200, 1).toString());
        assertThat(first.exit()).as(first.output()).isZero();
        assertThat(first.output()).contains("accepted", "people.csv");
        Map<String, Object> before = state();

        Process killed = start("import", authority("second", 3_000, 2).toString());
        waitForRowsBeingWritten();
        killed.destroyForcibly();
        assertThat(killed.waitFor(60, TimeUnit.SECONDS)).isTrue();
        waitForNoOtherSession();

        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aMalformedFolderIsRefusedWithTheReadersErrorsAndNothingWritten() throws Exception {
        Path folder = authority("malformed", 20, 3);
        List<String> people = Files.readAllLines(folder.resolve("people.csv"));
        String[] cells = people.get(1).split(",", -1);
        cells[1] = "2015-02-29";
        people.set(1, String.join(",", cells));
        Files.write(folder.resolve("people.csv"), people);
        hearth("import", authority("before-malformed", 20, 4).toString());
        Map<String, Object> before = state();

        HearthProcess.Result refused = hearth("import", folder.toString());

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.output()).contains("rejected: nothing was changed",
                "people.csv:2:2: date_of_birth: '2015-02-29' is not a real date: February 2015 has 28 days");
        Map<String, Object> after = state();
        assertThat(after.get("rows")).isEqualTo(before.get("rows"));
        assertThat(after.get("evaluations")).isEqualTo(before.get("evaluations"));
    }

    /** What an import changes: the rows held and their ends, the imports accepted, the evaluations. */
    private Map<String, Object> state() {
        return jdbc.queryForMap("""
                select (select md5(coalesce(string_agg(id || ':' || coalesce(ended_by, 0), ',' order by id), ''))
                        from stored_row) as rows,
                       (select count(*) from data_import where status = 'accepted') as imports,
                       (select count(*) from evaluation_run) as evaluations""");
    }

    private void waitForRowsBeingWritten() throws InterruptedException {
        for (int i = 0; i < 6_000; i++) {
            Long writing = jdbc.queryForObject("""
                    select count(*) from pg_stat_activity where state = 'active'
                      and (query like 'copy incoming%' or query like '%insert into stored_row%')""", Long.class);
            if (writing != null && writing > 0) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the import never began writing rows");
    }

    private void waitForNoOtherSession() throws InterruptedException {
        for (int i = 0; i < 3_000; i++) {
            Long others = jdbc.queryForObject("""
                    select count(*) from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()""",
                    Long.class);
            if (others != null && others == 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the killed import's session never ended");
    }

    private static Path authority(String name, int families, long seed) {
        Path folder = DATABASE.folder().resolve(name);
        CanonicalWriter.write(new SyntheticAuthority(families, seed, List.of()).generate(made -> {
        }), folder);
        return folder;
    }

    private HearthProcess.Result hearth(String... args) throws Exception {
        return HearthProcess.run(environment(), "", args);
    }

    private Process start(String... args) throws IOException {
        return HearthProcess.start(environment(), args);
    }

    private Map<String, String> environment() {
        return DATABASE.environment(SyntheticAuthority.DATA_END.toString());
    }
}
