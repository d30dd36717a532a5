package org.hearth.server.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hearth.io.Population;
import org.hearth.engine.HearthException;
import org.hearth.io.canonical.CanonicalReader;
import org.hearth.io.link.SourceQuality;
import org.hearth.io.canonical.DataError;
import org.hearth.io.canonical.InvalidDataException;
import org.hearth.server.audit.AuditLog;
import org.hearth.server.evaluation.CohortEvaluation;
import org.hearth.server.evaluation.Evaluations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a canonical data folder, all or nothing, in one transaction:
 * <ol>
 *   <li>the folder is read by the command line's reader, with its errors: any error and nothing is written;</li>
 *   <li>its rows are copied (COPY) and merged into what is held ({@link RowMerge}), each keeping its provenance;</li>
 *   <li>what is then held is read again as one folder ({@link StoredData}): rows valid alone but not with the
 *       rest (an offence by a person a newer people.csv no longer has) reject the import;</li>
 *   <li>every family is evaluated under the plan in force on the review date, and stored with the import.</li>
 * </ol>
 * A rejected import is recorded, with its errors, and changes nothing else. Imports run one at a time.
 */
@Service
public class DataImport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final StoredData stored;
    private final CohortEvaluation cohort;
    private final AuditLog audit;

    DataImport(JdbcTemplate jdbc, TransactionTemplate transaction, StoredData stored, CohortEvaluation cohort,
               AuditLog audit) {
        this.jdbc = jdbc;
        this.dataSource = jdbc.getDataSource();
        this.transaction = transaction;
        this.stored = stored;
        this.cohort = cohort;
        this.audit = audit;
    }

    /**
     * @param by who imports (a user's name, or the operating-system user of {@code hearth import})
     * @throws ImportRejectedException when the folder, or the data held with it, is not valid: nothing changed
     */
    public ImportReport importFolder(Path folder, String by, ImportProgress progress) {
        return importFolder(folder, folder.toString(), by, progress);
    }

    /**
     * @param origin what the import record says the data came from (a folder's path, or the files uploaded)
     */
    public ImportReport importFolder(Path folder, String origin, String by, ImportProgress progress) {
        progress.phase("Checking " + folder.getFileName(), 0);
        List<SourceQuality.Line> quality;
        try {
            CanonicalReader.read(folder);
            quality = SourceQuality.of(folder);
        } catch (InvalidDataException e) {
            throw rejected(origin, by, origin + ": " + count(e.errorCount()), strings(e.errors()), e.errorCount());
        } catch (HearthException e) {
            throw rejected(origin, by, e.getMessage(), List.of(e.getMessage()), 1);
        }
        try {
            return transaction.execute(status -> run(folder, origin, by, progress, quality));
        } catch (ImportRejectedException e) {
            throw rejected(origin, by, e.getMessage(), e.errors(), e.errorCount());
        }
    }

    private ImportReport run(Path folder, String origin, String by, ImportProgress progress,
                             List<SourceQuality.Line> quality) {
        jdbc.execute("select pg_advisory_xact_lock(" + Locks.DATA + ")");
        long importId = jdbc.queryForObject("""
                insert into data_import (started_by, folder, status) values (?, ?, 'running') returning id""",
                Long.class, by, origin);
        IncomingRows.Copied copied = IncomingRows.copy(jdbc, dataSource, folder, progress);
        keep(importId, quality);
        progress.phase("Merging with the data held", 0);
        Map<String, ImportReport.FileCounts> files = RowMerge.merge(jdbc, importId, copied.rowsByFile());
        progress.phase("Reading the data held, as one folder", 0);
        Population population = stored.current();
        progress.phase("Evaluating every family", population.families().size());
        Long run = cohort.evaluate(() -> population, importId, Evaluations.Reason.IMPORT, progress::advance);
        ImportReport report = new ImportReport(importId, files, run, population.families().size());
        jdbc.update("""
                update data_import set status = 'accepted', finished_at = now(), rows_accepted = ?, report = ?::jsonb
                where id = ?""", report.rows(), json(report), importId);
        audit.record(by, "data imported", "import " + importId, origin + ": " + report.rows() + " rows"
                + (run == null ? "" : ", evaluation run " + run));
        return report;
    }

    /** The data quality report the folder carries (hearth link's), kept with the import. */
    private void keep(long importId, List<SourceQuality.Line> quality) {
        for (int i = 0; i < quality.size(); i++) {
            SourceQuality.Line line = quality.get(i);
            jdbc.update("""
                    insert into source_quality (import_id, position, source, kind, provider, read_on, people,
                        matched_elsewhere, in_no_family, rows_staged, rows_left_out, rejected, expected_every_days, status)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", importId, i, line.source(), line.kind(),
                    line.provider(), line.readOn(), line.people(), line.matchedElsewhere(), line.inNoFamily(), line.rows(),
                    line.rowsLeftOut(), line.rejected(), line.expectedEveryDays(), line.status());
        }
    }

    /** Records the rejected import, in its own transaction, and says why. */
    private ImportRejectedException rejected(String origin, String by, String summary, List<String> errors, long count) {
        long id = jdbc.queryForObject("""
                insert into data_import (started_by, folder, status, finished_at, error_count, errors)
                values (?, ?, 'rejected', now(), ?, ?) returning id""", Long.class, by, origin, count,
                errors.toArray(String[]::new));
        audit.record(by, "data import rejected", "import " + id, summary);
        return new ImportRejectedException(summary, errors, count, id);
    }

    private static String count(long errors) {
        return errors + (errors == 1 ? " error" : " errors");
    }

    private static List<String> strings(List<DataError> errors) {
        List<String> lines = new ArrayList<>(errors.size());
        for (DataError error : errors) {
            lines.add(error.toString());
        }
        return lines;
    }

    private static String json(ImportReport report) {
        try {
            return JSON.writeValueAsString(report.files());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
