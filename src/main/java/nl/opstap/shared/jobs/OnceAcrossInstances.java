package nl.opstap.shared.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a named job only when no other instance holds (or recently held) its lock. The lock is kept for at least
 * {@code atLeastFor} after the job ends, so an instance whose schedule fires a little later does not run it again.
 */
public class OnceAcrossInstances {

    private static final Logger log = LoggerFactory.getLogger(OnceAcrossInstances.class);

    /** A lock this instance holds until it closes it (or {@code atMostFor} passes). */
    public interface HeldLock extends AutoCloseable {
        @Override
        void close();
    }

    private final LockProvider locks;
    private final LockingTaskExecutor executor;

    public OnceAcrossInstances(LockProvider locks) {
        this.locks = locks;
        this.executor = new DefaultLockingTaskExecutor(locks);
    }

    /**
     * Waits until this instance holds the named lock, for work that must not run in two instances at the same time
     * but that each may do after the other (e.g. "load the demo data unless present").
     */
    public HeldLock await(String name, Duration atMostFor, Duration patience) {
        Instant giveUp = Instant.now().plus(patience);
        int waited = 0;
        while (true) {
            var lock = locks.lock(new LockConfiguration(Instant.now(), name, atMostFor, Duration.ZERO));
            if (lock.isPresent()) {
                return lock.get()::unlock;
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("Lock " + name + " still held by another instance after " + patience);
            }
            if (waited++ == 0) {
                log.info("Waiting for lock {}: another instance holds it", name);
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted waiting for lock " + name, e);
            }
        }
    }

    /** The job's result, or null when another instance has it. */
    public <T> @Nullable T run(String name, Duration atMostFor, Duration atLeastFor, Supplier<T> job) {
        try {
            LockingTaskExecutor.TaskResult<T> result = executor.executeWithLock(job::get,
                    new LockConfiguration(Instant.now(), name, atMostFor, atLeastFor));
            if (!result.wasExecuted()) {
                log.info("Job {} skipped: another instance holds its lock", name);
            }
            return result.wasExecuted() ? result.getResult() : null;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("Job " + name + " failed", t);
        }
    }
}
