package org.hearth.io.canonical;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The files of a folder, each matched to its layout and its header checked, before any row is read.
 * A folder that is not in the format (an unknown or missing file, a header that does not fit) is
 * rejected whole, with every such error.
 */
final class FolderFiles {
    private FolderFiles() {
    }

    /**
     * @return each file of the format the folder has, by name, ready to read
     * @throws InvalidDataException when the folder is not in the format
     */
    static Map<String, TableFile<?>> open(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new InvalidDataException(folder.toString(),
                    List.of(new DataError(folder.toString(), 0, 0, "", "is not a folder")), 1);
        }
        Map<String, TableFile<?>> tables = new HashMap<>();
        List<DataError> errors = new ArrayList<>();
        Path inside = folder.toRealPath();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path path : entries) {
                String name = path.getFileName().toString();
                Layout<?> layout = DataFolder.layout(name);
                boolean folderInside = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
                if (name.startsWith(".") || !name.toLowerCase(Locale.ROOT).endsWith(".csv")
                        || (folderInside && layout == null)) {
                    continue; // not a record file, nor a sub-folder named as one
                }
                String notAFile = layout == null ? null : notARegularFile(path, inside);
                if (layout == null) {
                    errors.add(new DataError(name, 0, 0, "", DataFolder.unknown(name)));
                } else if (notAFile != null) {
                    errors.add(new DataError(name, 0, 0, "", notAFile));
                } else {
                    TableFile<?> table = TableFile.open(path, layout, errors);
                    if (table != null) {
                        tables.put(name, table);
                    }
                }
            }
        }
        for (String required : DataFolder.REQUIRED) {
            if (!Files.exists(folder.resolve(required), LinkOption.NOFOLLOW_LINKS)) {
                errors.add(new DataError(required, 0, 0, "", "is missing: every data folder has "
                        + String.join(", ", DataFolder.REQUIRED)));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt((DataError e) -> DataFolder.order(e.file())).thenComparing(DataError::file)
                    .thenComparingLong(DataError::line).thenComparingInt(DataError::column));
            throw new InvalidDataException(folder.toString(), errors, errors.size());
        }
        return tables;
    }

    /**
     * Why the entry is not read, or null when it is a regular file, or a link to a regular file inside the
     * folder. A record file that is a folder, a device, a pipe, or a link that leads outside the folder
     * or nowhere is refused rather than skipped: skipping it would load the folder as if it had no such
     * records.
     */
    private static String notARegularFile(Path path, Path inside) {
        if (!Files.isSymbolicLink(path)) {
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                return "is a folder, not a file, so it is not read";
            }
            return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) ? null
                    : "is not a regular file (a device, a pipe or a socket), so it is not read";
        }
        Path target;
        try {
            target = path.toRealPath();
        } catch (IOException e) {
            return "is a link that leads to no file (its target is missing, or links lead round in a loop)";
        }
        if (!target.startsWith(inside)) {
            return "is a link to a file outside the data folder, which is not read";
        }
        return Files.isRegularFile(target) ? null : "is a link to something that is not a regular file, which is not read";
    }
}
