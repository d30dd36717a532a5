package org.hearth.server;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows streamed into a table with PostgreSQL's {@code COPY … FROM STDIN (FORMAT csv)}, on the connection
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
