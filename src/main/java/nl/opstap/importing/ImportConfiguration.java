package nl.opstap.importing;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The workers of imports and exports (two at a time; more wait in line) and the watchdog that marks abandoned imports interrupted. */
@Configuration
class ImportConfiguration {

    /** A running job writes its counter at least every few seconds; two minutes of silence means its process died. */
    static final Duration SILENCE = Duration.ofMinutes(2);

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

    @Bean
    Watchdog importWatchdog(ImportJobs jobs, Clock clock) {
        return new Watchdog(jobs, clock);
    }

    /** Idempotent, so every instance may run it. */
    static class Watchdog {
        private final ImportJobs jobs;
        private final Clock clock;

        Watchdog(ImportJobs jobs, Clock clock) {
            this.jobs = jobs;
            this.clock = clock;
        }

        @EventListener(ApplicationReadyEvent.class)
        @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
        void interruptAbandoned() {
            jobs.interruptStale(clock.instant().minus(SILENCE), clock.instant());
        }
    }
}
