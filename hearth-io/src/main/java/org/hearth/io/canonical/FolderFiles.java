package org.hearth.io.canonical;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
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
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path path : entries) {
                String name = path.getFileName().toString();
                if (name.startsWith(".") || !name.toLowerCase(Locale.ROOT).endsWith(".csv") || !Files.isRegularFile(path)) {
                    continue;
                }
                Layout<?> layout = DataFolder.layout(name);
                if (layout == null) {
                    errors.add(new DataError(name, 0, 0, "", DataFolder.unknown(name)));
                } else {
                    TableFile<?> table = TableFile.open(path, layout, errors);
                    if (table != null) {
                        tables.put(name, table);
                    }
                }
            }
        }
        for (String required : DataFolder.REQUIRED) {
            if (!Files.isRegularFile(folder.resolve(required))) {
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
}
