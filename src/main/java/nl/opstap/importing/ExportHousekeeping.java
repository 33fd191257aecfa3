package nl.opstap.importing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.opstap.shared.jobs.OnceAcrossInstances;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few minutes, once across instances: removes export files 24 hours after they were made, and marks a job failed
 * whose heartbeat stopped (its process died while it ran), so the page does not wait for it forever.
 */
@Component
class ExportHousekeeping {

    static final String NAME = "export-housekeeping";
    private static final Logger log = LoggerFactory.getLogger(ExportHousekeeping.class);

    private final ExportJobs jobs;
    private final OnceAcrossInstances once;
    private final Clock clock;
    private final Duration staleAfter;

    ExportHousekeeping(ExportJobs jobs, OnceAcrossInstances once, Clock clock, @Value("${opstap.export.stale-after:PT5M}") Duration staleAfter) {
        this.jobs = jobs;
        this.once = once;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    @Scheduled(cron = "${opstap.export.housekeeping-cron:0 */5 * * * *}")
    void scheduled() {
        once.run(NAME, Duration.ofMinutes(4), Duration.ofSeconds(30), this::run);
    }

    /** Returns how many jobs were marked failed plus how many files were removed. */
    int run() {
        Instant now = clock.instant();
        int stale = jobs.failStale(now.minus(staleAfter), "proces gestopt", now);
        int expired = jobs.expire(now.minus(ExportJob.KEPT));
        if (stale + expired > 0) {
            log.info("Export housekeeping: {} stale jobs marked failed, {} files removed", stale, expired);
        }
        return stale + expired;
    }
}
