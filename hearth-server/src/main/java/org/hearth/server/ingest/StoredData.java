package org.hearth.server.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.hearth.io.Population;
import org.hearth.io.canonical.CanonicalReader;
import org.hearth.io.canonical.CanonicalRows;
import org.hearth.io.canonical.DataError;
import org.hearth.io.canonical.InvalidDataException;
import org.hearth.server.DataDirectory;
import org.hearth.server.PostgresCopy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The data as it stands: the current rows of every file, written as a canonical folder in a private working
 * folder and read by the same reader as {@code hearth evaluate}, so that what the server decides on is
 * exactly what the command line would decide on the same rows. An error in the whole names the import and
 * line each row came from.
 */
@Component
public class StoredData {
    private final JdbcTemplate jdbc;
    /** Streams a family's rows (within a transaction); a whole authority's are copied out instead. */
    private final NamedParameterJdbcTemplate streaming;
    private final DataDirectory dataDirectory;

    StoredData(JdbcTemplate jdbc, DataDirectory dataDirectory) {
        this.jdbc = jdbc;
        JdbcTemplate fetching = new JdbcTemplate(jdbc.getDataSource());
        fetching.setFetchSize(5_000);
        this.streaming = new NamedParameterJdbcTemplate(fetching);
        this.dataDirectory = dataDirectory;
    }

    /**
     * Reads the current rows, all or nothing; call it inside a transaction (rows are streamed). The school
     * terms it was read with are remembered for {@link #family}.
     *
     * @throws ImportRejectedException when the rows held are not a valid folder together
     */
    public Population current() {
        Population population = held();
        jdbc.update("delete from calendar_term");
        List<Object[]> terms = new ArrayList<>();
        for (String[] cells : CanonicalRows.schoolTerms(population.calendar())) {
            terms.add(new Object[] {terms.size(), cells});
        }
        jdbc.batchUpdate("insert into calendar_term (position, cells) values (?, ?)", terms);
        return population;
    }

    /**
     * Reads the current rows, all or nothing, as {@link #current} reads them, but writes nothing, so that it can be
     * called in a read-only transaction (a comparison of plans that must change nothing); call it inside a
     * transaction (rows are streamed).
     *
     * @throws ImportRejectedException when the rows held are not a valid folder together
     */
    public Population held() {
        return read("stored", "where ended_by is null");
    }

    /**
     * Reads one family's rows alone: the family, its memberships, interventions with their tier changes and Teams
     * Around the Family, its members and their mothers (and theirs), the records about the family or about its
     * members alone, and the school terms the whole was last read with. The family's timeline is then the one {@link #current}
     * would give it (FamilyReadAloneTest holds this for every family of an authority).
     */
    public Population family(String familyId) {
        return read("family", "where id in (select id from wanted)", familyId);
    }

    private Population read(String purpose, String which, String... family) {
        Path work = dataDirectory.privateWorkFolder(purpose);
        try {
            Function<String, Provenance> provenance;
            if (family.length == 0) {
                copyEveryFile(work, which);
                Map<String, Provenance> found = new HashMap<>();
                provenance = file -> found.computeIfAbsent(file, one -> copiedProvenance(which, one));
            } else {
                Map<String, Provenance> written = writeFamily(work, which, family[0]);
                if (!written.containsKey("school_terms.csv")) {
                    writeRememberedTerms(work);
                }
                provenance = written::get;
            }
            try {
                return CanonicalReader.read(work);
            } catch (InvalidDataException e) {
                List<String> errors = new ArrayList<>();
                for (DataError error : e.errors()) {
                    Provenance rows = provenance.apply(error.file());
                    errors.add(rows == null ? error.toString() : rows.explain(error));
                }
                throw new ImportRejectedException("The rows are valid alone but not with the data already held: "
                        + e.errorCount() + (e.errorCount() == 1 ? " error" : " errors"), errors, e.errorCount(), 0);
            }
        } finally {
            DataDirectory.delete(work);
        }
    }

    /** The latest accepted import, or null before the first. */
    public Long latestImport() {
        return jdbc.queryForObject("select max(id) from data_import where status = 'accepted'", Long.class);
    }

    /**
     * The rows a family read alone needs ({@link #family}), each found through an index: the family's own rows, its
     * row of families.csv, its members' and their mothers' line back as far as it goes (people.csv), its interventions'
     * tier changes and Teams Around the Family (V13's index), the school terms, and the records about its members alone.
     * Asked as one condition over the table, they were found by reading every row: 4.5 s a family at 100,000 families,
     * for each sign-off and correction (docs/benchmarks.md, "A family read alone"); about 5 ms as these lookups.
     */
    private static final String FAMILY_ROWS = """
            with recursive members as (
                select distinct person_id from stored_row where ended_by is null and file = 'memberships.csv' and family_id = :family
            ), people (person_id) as (
                select person_id from members
                union
                select p.fields->>'mother_id' from stored_row p join people on p.row_key = people.person_id
                where p.ended_by is null and p.file = 'people.csv' and p.fields->>'mother_id' <> ''
            ), interventions as (
                select row_key from stored_row where ended_by is null and file = 'interventions.csv' and family_id = :family
            ), wanted as (
                select id from stored_row where ended_by is null and family_id = :family
                  and file not in ('families.csv', 'people.csv', 'tier_changes.csv', 'team_around_family.csv', 'school_terms.csv')
                union all
                select id from stored_row where ended_by is null and file = 'families.csv' and row_key = :family
                union all
                select s.id from people p join stored_row s on s.ended_by is null and s.file = 'people.csv'
                  and s.row_key = p.person_id
                union all
                select s.id from interventions i join stored_row s on s.ended_by is null
                  and s.file in ('tier_changes.csv', 'team_around_family.csv') and s.fields->>'intervention_id' = i.row_key
                union all
                select id from stored_row where ended_by is null and file = 'school_terms.csv'
                union all
                select s.id from members m join stored_row s on s.ended_by is null and s.person_id = m.person_id
                  and s.family_id is null and s.file not in ('families.csv', 'memberships.csv', 'interventions.csv',
                  'people.csv', 'tier_changes.csv', 'team_around_family.csv', 'school_terms.csv')
            )
            """;

    /** A family's rows, written file by file as their lines, and where each came from. */
    private Map<String, Provenance> writeFamily(Path folder, String which, String familyId) {
        Map<String, Provenance> provenance = new HashMap<>();
        try (FolderOfLines files = new FolderOfLines(folder)) {
            streaming.query(FAMILY_ROWS + "select file, cells, import_id, line from stored_row " + which
                    + " order by file, import_id, line", Map.of("family", familyId), (RowCallbackHandler) row -> {
                        String file = row.getString(1);
                        try {
                            files.row(file, row.getString(2));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        provenance.computeIfAbsent(file, one -> new Provenance()).add(row.getLong(3), row.getLong(4));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the family's data into " + folder + ": " + e.getMessage(), e);
        }
        return provenance;
    }

    /**
     * The whole authority, millions of rows, copied out in file order as each row's file and line ({@link StoredLine})
     * and written into the files byte for byte as they come, each after its header: PostgreSQL sends text it holds, and nothing is
     * parsed until the reader reads the folder. The copy separates the file from the line with the control character
     * US and quotes with RS, which no value holds (the reader refuses every control character), so that PostgreSQL
     * quotes nothing and each row arrives as its line; were one ever to, the reader would refuse the file and say so.
     */
    private void copyEveryFile(Path folder, String which) {
        // The rows come in file order from the index made for it (V18). The planner cannot see that the table lies
        // nearly in that order too (its statistics are of single columns), and at a county's size it would scan and
        // sort instead, 7 s against 12 at 100,000 families (docs/benchmarks.md): it is told not to, for this statement.
        String scans = jdbc.queryForObject("select current_setting('enable_seqscan')", String.class);
        jdbc.queryForObject("select set_config('enable_seqscan', 'off', true)", String.class);
        try (FolderOfLines files = new FolderOfLines(folder)) {
            PostgresCopy.copyOut(jdbc.getDataSource(), "copy (select file, cells from stored_row " + which
                    + " order by file, import_id, line) to stdout (format csv, delimiter e'\\x1f', quote e'\\x1e')",
                    files::write);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the data held into " + folder + ": " + e.getMessage(), e);
        }
        // (a copy that failed has ended the transaction, and the setting with it)
        jdbc.queryForObject("select set_config('enable_seqscan', ?, true)", String.class, scans);
    }

    /**
     * Where each row of a file {@link #copyEveryFile} wrote came from, in the same order: asked for only when the reader
     * finds an error in the file.
     */
    private Provenance copiedProvenance(String which, String file) {
        Provenance provenance = new Provenance();
        PostgresCopy.forEachRow(jdbc.getDataSource(), "select import_id, line from stored_row " + which + " and file = '"
                + file.replace("'", "''") + "' order by import_id, line", row -> provenance.add(number(row.getField(0)),
                number(row.getField(1))));
        return provenance;
    }

    /**
     * A number copied out, with SQL NULL (an empty cell) as 0, as a result set's {@code getLong} gives it: a row the
     * server made itself, such as a key worker's answer once signed off, has no line.
     */
    private static long number(String cell) {
        return cell.isEmpty() ? 0 : Long.parseLong(cell);
    }

    private void writeRememberedTerms(Path folder) {
        try (CsvWriter csv = CanonicalRows.writer(folder, "school_terms.csv")) {
            jdbc.query("select cells from calendar_term order by position",
                    row -> {
                        csv.writeRecord((String[]) row.getArray(1).getArray());
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For each line of a rebuilt file, the import and line the row came from. */
    private static final class Provenance {
        private long[] imports = new long[1024];
        private long[] lines = new long[1024];
        private int size;

        void add(long importId, long line) {
            if (size == imports.length) {
                imports = java.util.Arrays.copyOf(imports, size * 2);
                lines = java.util.Arrays.copyOf(lines, size * 2);
            }
            imports[size] = importId;
            lines[size++] = line;
        }

        /** The error as the reader gave it, at the line of the import the row came from. */
        String explain(DataError error) {
            int row = (int) error.line() - 2; // line 1 is the header
            if (row < 0 || row >= size) {
                return error.toString();
            }
            DataError original = new DataError(error.file(), lines[row], error.column(), error.field(), error.message());
            return original + " (a row of import " + imports[row] + ")";
        }
    }
}
