package org.hearth.server.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hearth.engine.HearthException;
import org.hearth.io.canonical.CanonicalRows;
import org.hearth.io.link.CanonicalAssembly;
import org.hearth.io.link.SourceQuality;
import org.hearth.server.DataDirectory;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files of a data folder uploaded from a browser, laid out as a folder in a private working folder so
 * that the import reads them as it reads any folder. Only the format's own file names are taken, each once;
 * a browser's path is never followed (only the last part of a name counts).
 */
final class UploadedFolder {
    private UploadedFolder() {
    }

    /**
     * @return the folder, inside {@code work}
     * @throws HearthException naming each file that is not one of the format's or is given twice
     */
    static Path write(List<MultipartFile> files, Path work) {
        Set<String> names = new HashSet<>();
        for (MultipartFile file : files) {
            String name = baseName(file.getOriginalFilename());
            if (!CanonicalRows.files().contains(name) && !name.equals(SourceQuality.FILE)) {
                throw new HearthException("'" + name + "' is not a file of the canonical data folder (docs/data-format.md):"
                        + " a folder holds " + String.join(", ", CanonicalRows.files()) + ", and hearth link's "
                        + SourceQuality.FILE + " may come with them");
            }
            if (!names.add(name)) {
                throw new HearthException("'" + name + "' was given twice");
            }
        }
        try {
            Path folder = Files.createDirectory(work.resolve("data"));
            for (MultipartFile file : files) {
                try (InputStream in = file.getInputStream()) {
                    String name = baseName(file.getOriginalFilename());
                    Path place = name.equals(SourceQuality.FILE)
                            ? Files.createDirectories(folder.resolve(CanonicalAssembly.SOURCES)).resolve(name)
                            : folder.resolve(name);
                    Files.copy(in, place);
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the uploaded files: " + e.getMessage(), e);
        }
    }

    private static String baseName(String name) {
        String given = name == null ? "" : name;
        return given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
    }
}
