package org.hearth.server.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.hearth.engine.HearthException;
import org.hearth.server.DataDirectory;
import org.hearth.server.ReviewDate;
import org.hearth.server.ServerFixture;
import org.hearth.server.audit.AuditLog;
import org.hearth.server.evaluation.CohortEvaluation;
import org.hearth.server.ingest.DataImport;
import org.hearth.server.ingest.ImportProgress;
import org.hearth.server.security.CurrentUser;
import org.hearth.server.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The pseudonymised export of a 200-family authority under Southwark's plan: nothing that names or dates anyone, ids
 * as HMAC-SHA256 with the authority's key (the same in the next export, different under another key), and the
 * small-group check at its exact edge: a threshold equal to the smallest group passes, one more is refused, audited,
 * with nothing made.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PseudonymisedExportTest {
    private static final String KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    private static final CurrentUser ANALYST = new CurrentUser("cory", "Cory", Role.COORDINATOR, null);

    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private JdbcTemplate jdbc;
    private Path data;
    private Path keyFile;

    @BeforeAll
    void aProgrammeOf200Families() throws IOException {
        server = ServerFixture.offline(temp.resolve("hearth"));
        jdbc = server.getBean(JdbcTemplate.class);
        server.getBean(CohortEvaluation.class).uploadPlan("southwark.yaml", ServerFixture.builtInPlan("southwark"),
                LocalDate.of(2015, 4, 1), "cory", done -> {
                });
        data = ServerFixture.authority(temp.resolve("data"), 200, 2015);
        server.getBean(DataImport.class).importFolder(data, "cory", ImportProgress.NONE);
        keyFile = secret("key", KEY);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void holdsEveryFamilyAndMemberUnderPseudonymsAndNothingThatNamesOrDatesThem() throws Exception {
        PseudonymisedExport.Export made = export(keyFile, 2).make(ANALYST);
        Map<String, String> files = unzip(made.zip());

        assertThat(files).containsOnlyKeys("families.csv", "people.csv", "about.txt");
        assertThat(made.families()).isEqualTo(jdbc.queryForObject("select count(*) from current_decision", Integer.class));
        List<String> families = files.get("families.csv").lines().toList();
        assertThat(families.get(0)).isEqualTo("family,adults,children,eligible,engaged,problems_identified,progress_met,"
                + "claimable,route,tier,claim_state");
        assertThat(families).hasSize(made.families() + 1);
        assertThat(files.get("people.csv").lines().findFirst()).contains("person,family,age_band");

        String everything = String.join("\n", files.values());
        List<String> people = Files.readAllLines(data.resolve("people.csv"));
        List<String> header = List.of(people.get(0).split(","));
        for (String line : people.subList(1, people.size())) {
            String[] cells = line.split(",", -1);
            for (String column : List.of("person_id", "date_of_birth", "given_name", "family_name", "nhs_number", "upn")) {
                String value = cells[header.indexOf(column)];
                if (value.length() > 3) {
                    assertThat(everything).as(column).doesNotContain(value);
                }
            }
        }
        for (String familyId : jdbc.queryForList("select family_id from current_decision", String.class)) {
            assertThat(everything).doesNotContain(familyId);
        }

        String familyId = jdbc.queryForObject("select min(family_id) from current_decision", String.class);
        String expected = HexFormat.of().formatHex(Arrays.copyOf(hmac(KEY, "family\u0000" + familyId), 16));
        assertThat(files.get("families.csv")).as("HMAC-SHA256 of the id with the key, 16 bytes").contains(expected + ",");
        assertThat(files.get("about.txt")).contains("fingerprint " + made.fingerprint(), "at least 2 families");
    }

    @Test
    void pseudonymsStayTheSameAcrossExportsWithTheKeyAndDifferUnderAnother() throws Exception {
        String first = unzip(export(keyFile, 2).make(ANALYST).zip()).get("people.csv");
        String again = unzip(export(keyFile, 2).make(ANALYST).zip()).get("people.csv");
        Path otherKey = secret("other-key", KEY.replace('0', '7'));
        String other = unzip(export(otherKey, 2).make(ANALYST).zip()).get("people.csv");

        assertThat(again).isEqualTo(first);
        assertThat(other.lines().skip(1).map(line -> line.split(",")[0]).collect(Collectors.toSet()))
                .doesNotContainAnyElementsOf(first.lines().skip(1).map(line -> line.split(",")[0]).toList());
    }

    @Test
    void aThresholdOfTheSmallestGroupPassesAndOneMoreIsRefusedWithNothingMade() throws Exception {
        Map<String, String> files = unzip(export(keyFile, 2).make(ANALYST).zip());
        int smallest = Math.min(smallestGroup(files.get("families.csv"), 1, 2, 0),
                smallestGroup(files.get("people.csv"), 2, 2, 1));
        assertThat(smallest).as("the smallest group of 200 families").isGreaterThanOrEqualTo(2);

        assertThat(export(keyFile, smallest).make(ANALYST).families()).isPositive();
        long entries = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        assertThatThrownBy(() -> export(keyFile, smallest + 1).make(ANALYST))
                .isInstanceOfSatisfying(ExportRefusedException.class, refused -> {
                    assertThat(refused.smallest()).isEqualTo(smallest + 1);
                    assertThat(refused.groups()).anyMatch(group -> group.endsWith("(" + smallest
                            + (smallest == 1 ? " family)" : " families)")));
                });
        assertThat(jdbc.queryForList("select action from audit_entry where id > ?", String.class, entries))
                .containsExactly("pseudonymised export refused");
    }

    @Test
    void theKeyMustBeTheOwnersAloneAndLongAndTheThresholdMoreThanOne() throws IOException {
        Path shared = secret("shared-key", KEY);
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r-----"));
        assertThatThrownBy(() -> export(shared, 10).make(ANALYST)).isInstanceOf(HearthException.class)
                .hasMessageContaining("can be read or changed by other users");
        Path shortKey = secret("short-key", KEY.substring(0, 62));
        assertThatThrownBy(() -> export(shortKey, 10).make(ANALYST)).isInstanceOf(HearthException.class)
                .hasMessage("The pseudonym key in " + shortKey + " has 31 bytes: it needs at least 32 (openssl rand -hex 32)");
        assertThatThrownBy(() -> export(keyFile, 1)).isInstanceOf(HearthException.class)
                .hasMessageStartingWith("HEARTH_EXPORT_SMALLEST_GROUP is 1");
    }

    @Test
    void withNoKeyChosenOneIsMadeInTheDataFolderOnceAndKept() throws Exception {
        PseudonymisedExport unchosen = new PseudonymisedExport(jdbc, server.getBean(PlatformTransactionManager.class),
                server.getBean(ReviewDate.class), server.getBean(AuditLog.class),
                new DataDirectory(temp.resolve("fresh")), "", 2);
        assertThat(unchosen.settings().fingerprint()).isNull();
        String first = unzip(unchosen.make(ANALYST).zip()).get("families.csv");
        Path made = temp.resolve("fresh/pseudonym-key");
        assertThat(Files.getPosixFilePermissions(made)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(unzip(unchosen.make(ANALYST).zip()).get("families.csv")).isEqualTo(first);
        assertThat(unchosen.settings().fingerprint()).hasSize(12);
    }

    private PseudonymisedExport export(Path key, int smallest) {
        return new PseudonymisedExport(jdbc, server.getBean(PlatformTransactionManager.class), server.getBean(ReviewDate.class),
                server.getBean(AuditLog.class), server.getBean(DataDirectory.class), key.toString(), smallest);
    }

    private static Path secret(String name, String text) throws IOException {
        Path file = Files.writeString(temp.resolve(name), text + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    /** The fewest families in a group of rows alike in the columns from {@code first} to {@code last}. */
    private static int smallestGroup(String csv, int first, int last, int familyColumn) {
        Map<String, java.util.Set<String>> groups = new HashMap<>();
        csv.lines().skip(1).map(line -> line.split(",", -1)).forEach(cells -> groups.computeIfAbsent(
                String.join("|", Arrays.copyOfRange(cells, first, last + 1)), group -> new java.util.HashSet<>())
                .add(cells[familyColumn]));
        return groups.values().stream().mapToInt(java.util.Set::size).min().orElseThrow();
    }

    private static byte[] hmac(String hexKey, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HexFormat.of().parseHex(hexKey), "HmacSHA256"));
        return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
