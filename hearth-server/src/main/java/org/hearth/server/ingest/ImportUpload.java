package org.hearth.server.ingest;

import java.nio.file.Path;
import java.util.List;

import org.hearth.server.DataDirectory;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files of a data folder uploaded from a browser or a script, imported as {@code hearth import} imports a folder:
 * laid out in a private working folder ({@link UploadedFolder}), imported, and the working folder deleted whatever
 * happened.
 */
@Component
class ImportUpload {
    private final DataImport imports;
    private final DataDirectory dataDirectory;

    ImportUpload(DataImport imports, DataDirectory dataDirectory) {
        this.imports = imports;
        this.dataDirectory = dataDirectory;
    }

    /**
     * @throws ImportRejectedException when the data is not valid (recorded as a rejected import; nothing changed)
     * @throws org.hearth.engine.HearthException when a file is not one of the format's or is given twice (nothing
     *         recorded)
     */
    ImportReport run(List<MultipartFile> files, String by) {
        Path work = dataDirectory.privateWorkFolder("upload");
        try {
            Path folder = UploadedFolder.write(files, work);
            return imports.importFolder(folder, "upload of " + files.size() + (files.size() == 1 ? " file" : " files"), by,
                    ImportProgress.NONE);
        } finally {
            DataDirectory.delete(work);
        }
    }
}
