package org.hearth.server.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.hearth.server.DataDirectory;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports uploaded from the pages, run one after another in the background so that the page can show each one's
 * progress while it runs (an authority's folder takes minutes). The files are laid out before the upload's
 * request ends ({@link UploadedFolder}); the import then runs as any other, in one transaction: a server stopped
 * part way leaves the database as it was. A job is known only while the server runs; its import is recorded for
 * good.
 */
@Component
public class ImportJobs {
    private final DataImport imports;
    private final DataDirectory dataDirectory;
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "hearth-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobs(DataImport imports, DataDirectory dataDirectory) {
        this.imports = imports;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Lays the files out and starts importing them.
     *
     * @return the job, to follow
     * @throws org.hearth.engine.HearthException when a file is not one of the format's or is given twice (nothing
     *         recorded)
     */
    public ImportJob start(List<MultipartFile> files, String by) {
        Path work = dataDirectory.privateWorkFolder("upload");
        Path folder;
        try {
            folder = UploadedFolder.write(files, work);
        } catch (RuntimeException e) {
            DataDirectory.delete(work);
            throw e;
        }
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), by);
        jobs.put(job.id(), job);
        String origin = "upload of " + files.size() + (files.size() == 1 ? " file" : " files");
        worker.submit(() -> {
            try {
                job.accepted(imports.importFolder(folder, origin, by, job).importId());
            } catch (ImportRejectedException e) {
                job.rejected(e.importId());
            } catch (RuntimeException e) {
                job.failed(e.getMessage());
            } finally {
                DataDirectory.delete(work);
            }
        });
        return job;
    }

    /** The job, or null when this server has none of that id. */
    public ImportJob get(String id) {
        return jobs.get(id);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
