package org.hearth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hearth ingest} end to end on hearth-io's fixtures, as an analyst runs it. */
class IngestCommandTest {
    /** The fixtures the readers' tests use, written from the DfE's specifications (no real data). */
    private static final Path FIXTURES = Path.of("..", "hearth-io", "src", "test", "resources", "org", "hearth", "io", "ingest");

    @TempDir
    Path work;

    @Test
    @DisplayName("a CIN census: exit 0, the staged files counted, the first rejections printed with file, line and field")
    void cinCensus() {
        Path out = work.resolve("cin");
        CommandRun run = run("ingest", "--kind", "cin_census", "--source", "cin-census-2019", "--out", out.toString(), "--read-on",
                "2026-01-05", FIXTURES.resolve("cin-census-2019.xml").toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Staged cin-census-2019 (cin_census) in " + out.toAbsolutePath() + ": 3 persons and 18 records")
                .contains("social_care.csv", "referrals.csv", "concerns.csv")
                .contains("7 rows or values were not staged; every one is in " + out.toAbsolutePath().resolve("rejected.csv"))
                .contains("  cin-census-2019.xml:24: FormerUPN: 'F201234515003' is not staged as former_upn: the check letter is wrong");
        assertThat(out.resolve("source.csv")).content().contains("cin-census-2019,cin_census,2026-01-05,cin-census-2019.xml");
    }

    @Test
    @DisplayName("a folder of school census extracts, and an agency extract through its mapping")
    void folderAndMapping() {
        CommandRun school = run("ingest", "--kind", "school_census", "--source", "school-census-2018-19", "--out",
                work.resolve("school").toString(), FIXTURES.resolve("school").toString());
        assertThat(school.code()).as(school.err()).isZero();
        assertThat(school.out()).contains("attendance.csv", "exclusions.csv");
        CommandRun police = run("ingest", "--kind", "agency", "--mapping", FIXTURES.resolve("agency/police-offences.yaml").toString(),
                "--source", "police-2018", "--out", work.resolve("police").toString(),
                FIXTURES.resolve("agency/police-offences.csv").toString());
        assertThat(police.code()).as(police.err()).isZero();
        assertThat(police.out()).contains("offences.csv", "4 rows or values were not staged");
    }

    @Test
    @DisplayName("a file that cannot be read: exit 1, the reason naming the file, and nothing written")
    void unreadable() {
        Path out = work.resolve("xxe");
        CommandRun run = run("ingest", "--kind", "cin_census", "--source", "cin", "--out", out.toString(),
                FIXTURES.resolve("cin-census-xxe.xml").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("cin-census-xxe.xml:2: declares a DTD");
        assertThat(out).doesNotExist();
    }

    @Test
    @DisplayName("usage errors exit 2: an unknown kind, an agency extract without its mapping, a mapping for a return")
    void usage() throws Exception {
        Path file = Files.writeString(work.resolve("x.csv"), "a\n");
        assertThat(run("ingest", "--kind", "police", "--source", "s", "--out", "o", file.toString()).err())
                .contains("--kind must be one of cin_census, ssda903, school_census, agency, not 'police'");
        CommandRun noMapping = run("ingest", "--kind", "agency", "--source", "s", "--out", "o", file.toString());
        assertThat(noMapping.code()).isEqualTo(2);
        assertThat(noMapping.err()).contains("give --mapping FILE");
        CommandRun mappingForReturn = run("ingest", "--kind", "ssda903", "--mapping", file.toString(), "--source", "s", "--out", "o",
                file.toString());
        assertThat(mappingForReturn.code()).isEqualTo(2);
        assertThat(run("ingest", "--kind", "ssda903", "--source", "s", "--out", "o").code()).isEqualTo(2);
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }
}
