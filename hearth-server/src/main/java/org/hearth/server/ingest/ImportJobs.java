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
 * Every uploaded import, from the pages or the JSON API: the one way an upload is imported, as {@code hearth import}
 * imports a folder. The files are laid out in a private working folder before the upload's request ends
 * ({@link UploadedFolder}); the imports then run one after another in the background, so that the page can show
 * each one's progress while it runs (an authority's folder takes minutes), and the API's request waits for its own
 * ({@link ImportJob#report()}). Each runs as any other import, in one transaction: a server stopped part way leaves
 * the database as it was. The working folder is deleted whatever happened, before the job ends. A job is known only
 * while the server runs; its import is recorded for good.
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
     * @return the job, to follow or to wait for
     * @throws org.hearth.engine.HearthException when a file is not one of the format's or is given twice (nothing
     *         recorded)
     */
    public ImportJob start(List<MultipartFile> files, String by) {
        Path work = dataDirectory.privateWorkFolder("upload");
        try {
            Path folder = UploadedFolder.write(files, work);
            ImportJob job = new ImportJob(UUID.randomUUID().toString(), by);
            String origin = "upload of " + files.size() + (files.size() == 1 ? " file" : " files");
            worker.submit(() -> run(job, folder, origin, work));
            jobs.put(job.id(), job);
            return job;
        } catch (RuntimeException e) {
            DataDirectory.delete(work);
            throw e;
        }
    }

    /**
     * Imports the folder laid out in {@code work}, deletes {@code work}, and then tells the job how it ended: once a
     * job has ended, no copy of its files is left.
     */
    private void run(ImportJob job, Path folder, String origin, Path work) {
        job.run(() -> {
            try {
                return imports.importFolder(folder, origin, job.by(), job);
            } finally {
                DataDirectory.delete(work);
            }
        });
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
