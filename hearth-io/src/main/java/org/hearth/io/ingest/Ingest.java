package org.hearth.io.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import org.hearth.engine.Excerpt;
import org.hearth.engine.HearthException;

/**
 * {@code hearth ingest}: one source's files read into a staged source folder (docs/data-in.md). Every file is read
 * before anything is put in place: a file that cannot be read at all ({@link UnreadableSourceException}) leaves the
 * target as it was; rows and values that cannot be staged are listed in rejected.csv and counted in the summary.
 *
 * @param source   the source's id, written in source.csv ({@code cin-census-2019})
 * @param mapping  the agency mapping file; required for {@link SourceKind#AGENCY} and refused for the others
 * @param readOn   the day written in source.csv
 * @param progress told the bytes read, as they are read
 */
public record Ingest(SourceKind kind, String source, Path mapping, List<Path> files, Path out, LocalDate readOn,
                     LongConsumer progress) {

    public Ingest {
        files = List.copyOf(files);
    }

    /**
     * @throws UnreadableSourceException when a file cannot be read at all
     * @throws HearthException when the request is wrong (no files, a file that is not there, a mapping for a return) or
     *                         the folder cannot be written
     */
    public IngestSummary run() {
        check();
        SourceReader reader = reader();
        List<String> names = new ArrayList<>();
        try (StagingFolder staging = StagingFolder.open(out)) {
            for (Path file : files) {
                names.add(file.getFileName().toString());
                reader.read(new SourceFile(file, progress), staging);
            }
            return staging.commit(source, kind, readOn, names);
        } catch (IOException e) {
            throw new HearthException("Cannot ingest " + source + ": " + e.getMessage(), e);
        }
    }

    private SourceReader reader() {
        return switch (kind) {
            case CIN_CENSUS -> new CinCensusReader();
            case SSDA903 -> new Ssda903Reader();
            case SCHOOL_CENSUS -> new SchoolCensusReader();
            case AGENCY -> new AgencyExtractReader(AgencyMapping.read(mapping));
        };
    }

    private void check() {
        if (files.isEmpty()) {
            throw new HearthException("Name at least one file to ingest");
        }
        if (!source.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new HearthException("The source id " + Excerpt.quoted(source) + " may hold only letters, digits, '.', '_' and '-',"
                    + " and begins with a letter or digit");
        }
        if ((kind == SourceKind.AGENCY) != (mapping != null)) {
            throw new HearthException(kind == SourceKind.AGENCY ? "An agency extract is read through its mapping file: give --mapping FILE"
                    : "A mapping file is for agency extracts only; a " + kind.code() + " return is read as the DfE specifies it");
        }
        Path target = out.toAbsolutePath().normalize();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new HearthException("Cannot ingest " + file + ": " + (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                        ? "it is not a regular file" : "there is no such file"));
            }
            if (file.toAbsolutePath().normalize().startsWith(target)) {
                throw new HearthException("Cannot ingest " + file + " into " + out + ": the file is inside the folder it would replace");
            }
        }
    }
}
