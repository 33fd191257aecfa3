package nl.opstap.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.Permission;
import nl.opstap.access.Scope;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.FileState;
import nl.opstap.client.FileStates;
import nl.opstap.employer.ContactPersonRetention;
import nl.opstap.shared.jobs.OnceAcrossInstances;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nightly, once across instances (ADR 0012): anonymises every file whose retention period has run out, each in its
 * own transaction (a failure leaves the others done and is retried the next night), then removes the processing log's
 * expired prefix, and records the run. Idempotent: an anonymised file is never a candidate again.
 */
@Component
class RetentionJob {

    static final String NAME = "retention";
    static final Access SYSTEM = new Access(CurrentUser.SYSTEM, Permission.FILE_ERASURE, Scope.of(Set.of()), Channel.BATCH);
    private static final java.time.ZoneId AMSTERDAM = java.time.ZoneId.of("Europe/Amsterdam");
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final FileStates files;
    private final Anonymiser anonymiser;
    private final ProcessingLog processingLog;
    private final Erasures erasures;
    private final RetentionSettings settings;
    private final OnceAcrossInstances once;
    private final Clock clock;
    private final ContactPersonRetention contactPersons;

    RetentionJob(FileStates files, Anonymiser anonymiser, ProcessingLog processingLog, Erasures erasures, RetentionSettings settings,
                 OnceAcrossInstances once, Clock clock, ContactPersonRetention contactPersons) {
        this.files = files;
        this.anonymiser = anonymiser;
        this.processingLog = processingLog;
        this.erasures = erasures;
        this.settings = settings;
        this.once = once;
        this.clock = clock;
        this.contactPersons = contactPersons;
    }

    @Scheduled(cron = "${opstap.retention.cron:0 15 3 * * *}", zone = "Europe/Amsterdam")
    void nightly() {
        once.run(NAME, Duration.ofHours(3), Duration.ofMinutes(10), this::run);
    }

    Erasures.Run run() {
        Instant started = clock.instant();
        LocalDate today = LocalDate.now(clock);
        RetentionPeriod period = settings.clientFilePeriod();
        List<FileState> candidates = files.closedOnOrBefore(period.latestExpiredStart(today));
        int anonymised = 0;
        for (FileState file : candidates.subList(0, Math.min(candidates.size(), settings.maxFilesPerRun()))) {
            LocalDate closedOn = FileClosing.closedOn(file).orElse(null);
            if (closedOn != null && period.expired(closedOn, today)) {
                anonymiser.anonymise(SYSTEM, file, ErasureGround.RETENTION_EXPIRED, null, closedOn);
                anonymised++;
            }
        }
        int contacts = contactPersons.anonymiseLeftBefore(SYSTEM,
                settings.contactPersonPeriod().latestExpiredStart(today).atStartOfDay(AMSTERDAM).toInstant(), settings.maxFilesPerRun());
        long removed = processingLog.removeWrittenBefore(
                settings.processingLogPeriod().latestExpiredStart(today).atStartOfDay(AMSTERDAM).toInstant());
        Erasures.Run run = new Erasures.Run(started, clock.instant(), candidates.size(), anonymised, removed, contacts);
        erasures.insert(run);
        log.info("Retention job: {} closed files checked, {} anonymised, {} contact persons anonymised, {} processing log entries removed",
                candidates.size(), anonymised, contacts, removed);
        return run;
    }
}
