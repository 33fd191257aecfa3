package nl.opstap.importing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.opstap.access.Access;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs checks and imports in the background. The rows are written in ONE transaction together with the job's
 * final status, so a crash or failure anywhere leaves the data as it was and the job not "klaar"; the progress
 * counter is written in short transactions of its own so the page can follow it meanwhile.
 */
@Component
class ImportWorker {

    private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);
    private static final Duration PROGRESS_EVERY = Duration.ofMillis(500);

    private final ImportJobs jobs;
    private final ImportFiles files;
    private final ImportProblems problems;
    private final Map<ImportKind, ImportRun> runs;
    private final ImportConfiguration.ExchangeExecutor executor;
    private final LocalImports local;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separate;
    private final Clock clock;

    ImportWorker(ImportJobs jobs, ImportFiles files, ImportProblems problems, List<ImportRun> runs,
                 ImportConfiguration.ExchangeExecutor executor, LocalImports local, PlatformTransactionManager transactions, Clock clock) {
        this.jobs = jobs;
        this.files = files;
        this.problems = problems;
        this.runs = runs.stream().collect(Collectors.toMap(ImportRun::kind, Function.identity()));
        this.executor = executor;
        this.local = local;
        this.transaction = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    void check(Access access, UUID jobId) {
        submit(jobId, () -> {
            ImportJob job = jobs.find(jobId).orElseThrow();
            SourceTable table = table(job);
            ImportRun.Result result = transaction.execute(s -> runs.get(job.kind()).check(access, settings(job), table, progress(job)));
            transaction.executeWithoutResult(s -> {
                ImportJob current = jobs.find(jobId).orElseThrow();
                current.checked(result.counts());
                problems.replace(jobId, result.problems());
                jobs.save(current, clock.instant());
            });
        });
    }

    void write(Access access, UUID jobId) {
        submit(jobId, () -> {
            ImportJob job = jobs.find(jobId).orElseThrow();
            SourceTable table = table(job);
            try {
                ImportRun run = runs.get(job.kind());
                ImportRun.Result done = transaction.execute(s -> {
                    ImportRun.Result result = run.write(access, settings(job), table, java.util.Objects.requireNonNull(job.mode()), progress(job));
                    ImportJob current = jobs.find(jobId).orElseThrow();
                    current.done(result.counts(), clock.instant());
                    jobs.save(current, clock.instant());
                    problems.replace(jobId, result.problems());
                    files.delete(jobId);
                    return result;
                });
                run.afterCommit(java.util.Objects.requireNonNull(done));
            } catch (ImportRun.RowsRefused refused) {
                ImportRun.Result result = refused.result();
                fail(jobId, "Er " + (result.counts().errorRows() == 1 ? "is 1 rij" : "zijn " + result.counts().errorRows() + " rijen")
                        + " met fouten, dus er is niets geïmporteerd. Bekijk het rapport, herstel het bestand of kies 'alleen de geldige rijen'.",
                        result);
            }
        });
    }

    /** Queues the work; the job counts as this instance's from now until its worker is done with it. */
    private void submit(UUID jobId, Runnable work) {
        local.add(jobId);
        try {
            executor.execute(() -> {
                try {
                    guarded(jobId, work);
                } finally {
                    local.remove(jobId);
                }
            });
        } catch (RuntimeException refused) {
            local.remove(jobId);
            throw refused;
        }
    }

    private void guarded(UUID jobId, Runnable work) {
        try {
            work.run();
        } catch (ImportRefused refused) {
            fail(jobId, refused.getMessage(), null);
        } catch (RuntimeException e) {
            log.error("Import job {} failed", jobId, e);
            fail(jobId, "Er ging iets mis bij het verwerken. Er is niets van deze stap opgeslagen; probeer het opnieuw of neem contact op met de beheerder.", null);
        }
    }

    private void fail(UUID jobId, String reason, ImportRun.@org.jspecify.annotations.Nullable Result result) {
        try {
            transaction.executeWithoutResult(s -> jobs.find(jobId).filter(j -> j.status().running()).ifPresent(job -> {
                job.failed(reason, result == null ? null : result.counts(), clock.instant());
                if (result != null) {
                    problems.replace(jobId, result.problems());
                }
                jobs.save(job, clock.instant());
            }));
        } catch (RuntimeException e) {
            log.error("Import job {} could not be marked failed; the watchdog will mark it interrupted", jobId, e);
        }
    }

    private SourceTable table(ImportJob job) {
        byte[] content = files.load(job.id()).orElseThrow(() -> new ImportRefused("bestand",
                "Het bestand van deze import is niet meer bewaard. Upload het opnieuw."));
        return ImportSources.read(content, job.encoding(), job.separator());
    }

    private static ImportSettings settings(ImportJob job) {
        return java.util.Objects.requireNonNull(job.settings());
    }

    /** Writes the counter at most twice a second, in its own transaction. */
    private ImportRun.Progress progress(ImportJob job) {
        int total = Math.max(1, job.counts().total());
        Instant[] last = {Instant.EPOCH};
        return done -> {
            Instant now = clock.instant();
            if (Duration.between(last[0], now).compareTo(PROGRESS_EVERY) >= 0) {
                last[0] = now;
                separate.executeWithoutResult(s -> jobs.progress(job.id(), Math.min(done, total), now));
            }
        };
    }
}
