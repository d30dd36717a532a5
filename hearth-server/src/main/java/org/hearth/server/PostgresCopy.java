package org.hearth.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

import javax.sql.DataSource;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows streamed into a table with PostgreSQL's {@code COPY … FROM STDIN (FORMAT csv)} (or out of a query with
 * {@code COPY … TO STDOUT}: {@link #forEachRow}, {@link #copyOut}), on the connection
 * of the transaction in progress, so that they are kept or rolled back with the rest of it. COPY is an
 * order of magnitude faster than inserts for the hundreds of thousands of rows an authority's import or
 * evaluation writes. Rows are written as CSV by FastCSV; an empty or null cell is SQL NULL.
 */
public final class PostgresCopy implements AutoCloseable {
    private final PGCopyOutputStream stream;
    private final CsvWriter csv;
    private long rows;
    private boolean closed;

    private PostgresCopy(PGCopyOutputStream stream) {
        this.stream = stream;
        this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF)
                .build(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    }

    /** Starts copying into {@code target}, a table and its columns: {@code "incoming (file, line)"}. */
    public static PostgresCopy into(DataSource dataSource, String target) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            PGConnection postgres = connection.unwrap(PGConnection.class);
            return new PostgresCopy(new PGCopyOutputStream(postgres, "copy " + target + " from stdin (format csv)", 1 << 16));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start copying into " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Streams the rows of a query out with {@code COPY (query) TO STDOUT (FORMAT csv)}, on the connection of the
     * transaction in progress (so that it sees what the transaction has written), giving each row's cells to the
     * consumer in the query's order; an empty cell is SQL NULL or an empty text. For many rows: a result set makes an
     * object of every value of every row and parses each as it is asked for, where COPY sends lines that FastCSV reads
     * from a buffer.
     *
     * @param query a query with no parameters
     */
    public static void forEachRow(DataSource dataSource, String query, Consumer<CsvRecord> consumer) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            PGConnection postgres = connection.unwrap(PGConnection.class);
            try (PGCopyInputStream out = new PGCopyInputStream(postgres, "copy (" + query + ") to stdout (format csv)");
                 CsvReader<CsvRecord> rows = CsvReader.builder()
                         .ofCsvRecord(new InputStreamReader(out, StandardCharsets.UTF_8))) {
                rows.forEach(consumer);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot copy the rows out: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("copying the rows out failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Reads what a COPY … TO STDOUT sends. */
    @FunctionalInterface
    public interface CopiedOut {
        void read(InputStream copied) throws IOException;
    }

    /**
     * Runs {@code copy}, a {@code COPY (…) TO STDOUT} statement, on the connection of the transaction in progress, and
     * gives what PostgreSQL sends, as it sends it, to {@code reader}: nothing is parsed here.
     */
    public static void copyOut(DataSource dataSource, String copy, CopiedOut reader) throws IOException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (PGCopyInputStream out = new PGCopyInputStream(connection.unwrap(PGConnection.class), copy)) {
            reader.read(out);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot copy the rows out: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    public void row(String... cells) {
        csv.writeRecord(cells);
        rows++;
    }

    /** Ends the copy; the rows are in the table (within the transaction). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException("copy failed after " + rows + " rows: " + e.getMessage(), e);
        }
    }

    public long rows() {
        return rows;
    }
}
