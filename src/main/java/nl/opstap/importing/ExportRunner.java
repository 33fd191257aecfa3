package nl.opstap.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.zip.GZIPOutputStream;
import nl.opstap.access.Access;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one migration export in the background: JSON lines, gzip'ed and encrypted as they are written to a temporary
 * file (which so never holds readable data), then stored in the database. Progress and heartbeat are stored every
 * few clients; on any error the job is marked failed and nothing is kept. Log lines name the job, never a person.
 */
@Component
class ExportRunner {

    private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);

    private final ExportJobs jobs;
    private final ExportMigrationWriter writer;
    private final ExportFileCipher cipher;
    private final Clock clock;

    ExportRunner(ExportJobs jobs, ExportMigrationWriter writer, ExportFileCipher cipher, Clock clock) {
        this.jobs = jobs;
        this.writer = writer;
        this.cipher = cipher;
        this.clock = clock;
    }

    void run(ExportJob job, Access access) {
        Path file = null;
        try {
            file = Files.createTempFile("opstap-export-", ".bin");
            int done;
            try (OutputStream raw = Files.newOutputStream(file);
                 OutputStream encrypted = cipher.encrypting(raw, job.id());
                 GZIPOutputStream zipped = new GZIPOutputStream(encrypted, 64 * 1024)) {
                var counts = writer.write(job, access, zipped, (d, total) -> jobs.progress(job.id(), d, total, clock.instant()));
                done = counts.getOrDefault("werkzoekende", 0);
            }
            try (InputStream stored = Files.newInputStream(file)) {
                if (!jobs.finish(job.id(), stored, Files.size(file), done, clock.instant())) {
                    jobs.fail(job.id(), "gestopt", clock.instant());
                }
            }
            log.info("Export job {} done", job.id());
        } catch (IOException | RuntimeException e) {
            log.error("Export job {} failed: {}", job.id(), e.getClass().getSimpleName());
            jobs.fail(job.id(), "fout", clock.instant());
        } finally {
            delete(file);
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
