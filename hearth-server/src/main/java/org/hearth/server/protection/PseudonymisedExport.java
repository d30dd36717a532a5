package org.hearth.server.protection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.hearth.engine.HearthException;
import org.hearth.io.SpreadsheetCell;
import org.hearth.server.DataDirectory;
import org.hearth.server.ReviewDate;
import org.hearth.server.ReadSnapshot;
import org.hearth.server.audit.AuditLog;
import org.hearth.server.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pseudonymised export for analysts and the national evaluation (docs/data-protection.md): every family's current
 * decision and its members, with no name, address, date of birth or id. Ids become keyed pseudonyms
 * ({@link PseudonymKey}), stable across exports; ages become bands ({@link AgeBand}); families' sizes are counted, the
 * large ones together. Before anything is written, {@link SmallGroups} checks that no group of rows alike in what
 * could identify a family holds fewer families than the authority allows; if one does, nothing is exported, and the
 * refusal is audited as the export would have been.
 */
@Service
public class PseudonymisedExport {
    /**
     * Families' sizes as exported: counted, from these on together ("2+" adults, "3+" children), so that a county's
     * groups of families alike in size are large (a family of three adults and four children is rare enough to know).
     */
    private static final int MOST_ADULTS = 2;
    private static final int MOST_CHILDREN = 3;

    private final JdbcTemplate jdbc;
    private final ReviewDate reviewDate;
    private final AuditLog audit;
    private final Path keyFile;
    private final boolean keyFileChosen;
    private final int smallest;
    private final Clock clock;
    private final TransactionTemplate snapshot;

    PseudonymisedExport(JdbcTemplate jdbc, PlatformTransactionManager transactions, ReviewDate reviewDate, AuditLog audit,
                        DataDirectory dataDirectory,
                        @Value("${HEARTH_PSEUDONYM_KEY_FILE:}") String keyFile,
                        @Value("${HEARTH_EXPORT_SMALLEST_GROUP:10}") int smallest) {
        if (smallest < 2) {
            throw new HearthException("HEARTH_EXPORT_SMALLEST_GROUP is " + smallest + ": a group of one family identifies "
                    + "it, so it must be 2 or more (10 is usual)");
        }
        this.jdbc = jdbc;
        this.reviewDate = reviewDate;
        this.audit = audit;
        this.keyFileChosen = !keyFile.isBlank();
        this.keyFile = keyFileChosen ? Path.of(keyFile) : dataDirectory.folder().resolve("pseudonym-key");
        this.smallest = smallest;
        this.clock = Clock.systemUTC();
        this.snapshot = ReadSnapshot.of(transactions);
    }

    /** What the export page says before one is made: the key's file, its fingerprint when it exists, the threshold. */
    public record Settings(Path keyFile, String fingerprint, int smallestGroup) {
    }

    /** An export made: the ZIP's bytes and name, and what it holds. */
    public record Export(String fileName, byte[] zip, int families, int people, String fingerprint) {
    }

    public Settings settings() {
        return new Settings(keyFile, Files.exists(keyFile) ? key().fingerprint() : null, smallest);
    }

    /**
     * The export as at the review date, or a refusal naming the groups too small.
     *
     * @throws ExportRefusedException when a group of alike rows holds fewer families than allowed
     */
    public Export make(CurrentUser by) {
        PseudonymKey key = key();
        LocalDate asOf = reviewDate.today();
        Rows rows = snapshot.execute(status -> rows(key, asOf));
        List<SmallGroups.Group> small = new ArrayList<>(rows.familyGroups().smallerThan(smallest));
        small.addAll(rows.peopleGroups().smallerThan(smallest));
        if (!small.isEmpty()) {
            audit.record(by.username(), "pseudonymised export refused", "", "as at " + asOf + ", " + small.size()
                    + " groups of fewer than " + smallest + " families");
            throw new ExportRefusedException(small, smallest);
        }
        List<String[]> families = rows.families();
        List<String[]> people = rows.people();
        // In the pseudonyms' order, not the ids': the order ids were given in can say when a family came.
        families.sort(Comparator.comparing(cells -> cells[0]));
        people.sort(Comparator.<String[], String>comparing(cells -> cells[1]).thenComparing(cells -> cells[0]));
        String fileName = "hearth-pseudonymised-" + asOf + ".zip";
        byte[] zip = zip(asOf, by, key, families, people);
        audit.record(by.username(), "pseudonymised export", fileName, "as at " + asOf + ", " + families.size()
                + " families, " + people.size() + " people, key " + key.fingerprint() + ", groups of at least " + smallest
                + " families");
        return new Export(fileName, zip, families.size(), people.size(), key.fingerprint());
    }

    /** The export's rows, before they are checked, and their groups. */
    private record Rows(List<String[]> families, List<String[]> people, SmallGroups familyGroups, SmallGroups peopleGroups) {
    }

    /** The rows, read in one snapshot of the database, so that families and members agree. */
    private Rows rows(PseudonymKey key, LocalDate asOf) {
        List<Member> members = members(asOf);
        Map<String, List<String>> sizes = sizes(members);
        List<String[]> families = new ArrayList<>();
        List<String[]> people = new ArrayList<>();
        SmallGroups familyGroups = new SmallGroups("families.csv", List.of("adults", "children"));
        SmallGroups peopleGroups = new SmallGroups("people.csv", List.of("age_band"));
        jdbc.query("""
                select d.family_id, d.eligible, d.engaged, d.claimable, d.route, d.identified, d.progress_met, d.tier,
                       (select c.state from claim c where c.family_id = d.family_id order by c.id desc limit 1) as claim_state
                from current_decision d""", (ResultSet row) -> {
            String familyId = row.getString("family_id");
            String family = key.of("family", familyId);
            List<String> size = sizes.getOrDefault(familyId, List.of("0", "0"));
            familyGroups.add(familyId, size);
            families.add(new String[] {family, size.get(0), size.get(1), yesNo(row.getBoolean("eligible")),
                    yesNo(row.getBoolean("engaged")), codes(row.getArray("identified")), codes(row.getArray("progress_met")),
                    yesNo(row.getBoolean("claimable")), text(row.getString("route")), text(row.getString("tier")),
                    text(row.getString("claim_state"))});
        });
        members.forEach(member -> {
            peopleGroups.add(member.familyId(), List.of(member.age().words()));
            people.add(new String[] {key.of("person", member.personId()), key.of("family", member.familyId()),
                    member.age().words()});
        });
        return new Rows(families, people, familyGroups, peopleGroups);
    }

    private PseudonymKey key() {
        if (!keyFileChosen && !Files.exists(keyFile)) {
            return PseudonymKey.create(keyFile);
        }
        return PseudonymKey.fromFile(keyFile);
    }

    /** A member of a family on the day, with their age band then. */
    private record Member(String familyId, String personId, AgeBand age) {
    }

    private List<Member> members(LocalDate asOf) {
        return jdbc.query("""
                select m.family_id, m.person_id, p.fields->>'date_of_birth' as born
                from stored_row m
                left join stored_row p on p.ended_by is null and p.file = 'people.csv' and p.person_id = m.person_id
                where m.ended_by is null and m.file = 'memberships.csv'
                  and coalesce(nullif(m.fields->>'start_date', ''), '0001-01-01')::date <= ?
                  and coalesce(nullif(m.fields->>'end_date', ''), '9999-12-31')::date >= ?""",
                (row, number) -> new Member(row.getString("family_id"), row.getString("person_id"),
                        AgeBand.of(row.getString("born") == null || row.getString("born").isEmpty() ? null
                                : LocalDate.parse(row.getString("born")), asOf)), asOf, asOf);
    }

    /** Each family's size as exported: its adults and its children, counted, the many together. */
    private static Map<String, List<String>> sizes(List<Member> members) {
        Map<String, List<AgeBand>> ages = new HashMap<>();
        for (Member member : members) {
            ages.computeIfAbsent(member.familyId(), family -> new ArrayList<>()).add(member.age());
        }
        Map<String, List<String>> sizes = new HashMap<>();
        ages.forEach((family, bands) -> sizes.put(family, List.of(
                counted(bands.stream().filter(AgeBand::adult).count(), MOST_ADULTS),
                counted(bands.stream().filter(AgeBand::child).count(), MOST_CHILDREN))));
        return sizes;
    }

    private static String counted(long count, int most) {
        return count >= most ? most + "+" : Long.toString(count);
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String text(String value) {
        return value == null ? "" : SpreadsheetCell.safe(value);
    }

    private static String codes(Array array) throws SQLException {
        return array == null ? "" : SpreadsheetCell.safe(String.join(";", (String[]) array.getArray()));
    }

    private byte[] zip(LocalDate asOf, CurrentUser by, PseudonymKey key, List<String[]> families, List<String[]> people) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("families.csv"));
            csv(zip, new String[] {"family", "adults", "children", "eligible", "engaged", "problems_identified",
                "progress_met", "claimable", "route", "tier", "claim_state"}, families);
            zip.putNextEntry(new ZipEntry("people.csv"));
            csv(zip, new String[] {"person", "family", "age_band"}, people);
            zip.putNextEntry(new ZipEntry("about.txt"));
            zip.write(about(asOf, by, key, families.size(), people.size()).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void csv(ZipOutputStream zip, String[] header, List<String[]> rows) throws IOException {
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer);
        csv.writeRecord(header);
        for (String[] row : rows) {
            csv.writeRecord(row);
        }
        writer.flush();
        zip.closeEntry();
    }

    private String about(LocalDate asOf, CurrentUser by, PseudonymKey key, int families, int people) {
        return """
                Hearth: a pseudonymised export of the programme's families
                Made %s by %s, as at %s.

                families.csv  %d families: each family's current decision (eligible, engaged, the problems identified and
                              those with progress met, claimable and by which route, its tier, its latest claim's state),
                              and how many adults and children it has (2+ and 3+ counted together; a
                              member with no date of birth is in neither).
                people.csv    %d people: each member of a family on that day, with their age band then.

                No name, address, date of birth or identifier is here. "family" and "person" are pseudonyms: keyed
                hashes (HMAC-SHA256) of Hearth's ids with the authority's key, fingerprint %s. Exports made with the
                same key give a family the same pseudonym, so it can be followed from one to the next; without the key
                no one can go back from a pseudonym to an id. Every group of families alike in size, and of people
                alike in age band, holds at least %d families.

                Handle this as personal data under the authority's data sharing agreement: pseudonymised data is still
                personal data (UK GDPR, recital 26).
                """.formatted(Instant.now(clock), by.username(), asOf, families, people, key.fingerprint(), smallest);
    }
}
