package nl.opstap.importing;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The workers of imports and exports (two at a time; more wait in line) and the watchdog that marks abandoned imports interrupted. */
@Configuration
class ImportConfiguration {

    /**
     * Not an {@link java.util.concurrent.Executor} bean on purpose: one would make Spring Boot leave out its own
     * application task executor, and everything else would then run on these two threads.
     */
    @Bean(destroyMethod = "shutdown")
    ExchangeExecutor exchangeExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(50);
        executor.setThreadNamePrefix("import-");
        executor.initialize();
        return new ExchangeExecutor(executor);
    }

    /** The background threads of this module's jobs. */
    static final class ExchangeExecutor {
        private final ThreadPoolTaskExecutor pool;

        ExchangeExecutor(ThreadPoolTaskExecutor pool) {
            this.pool = pool;
        }

        void execute(Runnable job) {
            pool.execute(job);
        }

        void shutdown() {
            pool.shutdown();
        }
    }

    /**
     * A running job writes its counter at least every few seconds, so {@code opstap.importing.silence} (two minutes)
     * without it means its process died — on any instance: a job that ran on an instance killed meanwhile is marked by
     * whichever instance runs the watchdog next, the restarted one included. Each instance first renews the heartbeat of
     * the jobs it holds itself, so a job queued behind others is not taken for dead.
     */
    @Bean
    Watchdog importWatchdog(ImportJobs jobs, LocalImports local, Clock clock, @Value("${opstap.importing.silence:2m}") Duration silence) {
        return new Watchdog(jobs, local, clock, silence);
    }

    /** Idempotent, so every instance may run it. */
    static class Watchdog {
        private final ImportJobs jobs;
        private final LocalImports local;
        private final Clock clock;
        private final Duration silence;

        Watchdog(ImportJobs jobs, LocalImports local, Clock clock, Duration silence) {
            this.jobs = jobs;
            this.local = local;
            this.clock = clock;
            this.silence = silence;
        }

        @EventListener(ApplicationReadyEvent.class)
        @Scheduled(fixedDelayString = "${opstap.importing.watchdog-every:60s}", initialDelayString = "${opstap.importing.watchdog-every:60s}")
        void interruptAbandoned() {
            java.time.Instant now = clock.instant();
            jobs.keepAlive(local.ids(), now);
            jobs.interruptStale(now.minus(silence), now);
        }
    }
}
