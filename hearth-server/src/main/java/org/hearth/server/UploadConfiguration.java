package org.hearth.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where uploads are kept while they arrive: a folder under {@code HEARTH_DATA_DIR} that only the server's
 * user may open, never the system's shared temporary folder, since an upload is an authority's extract of
 * people's records. An extract file may be large (a county's attendance), so the limits are generous.
 */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {
    private static final long LARGEST_FILE = 4L << 30;
    private static final long LARGEST_UPLOAD = 16L << 30;
    private static final int KEPT_IN_MEMORY = 1 << 20;

    @Bean
    MultipartConfigElement multipartConfig(DataDirectory dataDirectory) {
        Path uploads = dataDirectory.folder().resolve("work").resolve("uploads");
        try {
            Files.createDirectories(uploads);
            Files.setPosixFilePermissions(uploads, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the upload folder " + uploads + ": " + e.getMessage(), e);
        }
        return new MultipartConfigElement(uploads.toString(), LARGEST_FILE, LARGEST_UPLOAD, KEPT_IN_MEMORY);
    }
}
