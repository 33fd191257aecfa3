package nl.opstap.demo;

import java.time.Duration;
import jakarta.annotation.PreDestroy;
import nl.opstap.shared.jobs.OnceAcrossInstances;
import nl.opstap.shared.jobs.OnceAcrossInstances.HeldLock;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Each demo loader loads its part unless present. Two instances starting together on an empty database would both
 * find nothing and load everything twice, so the loaders run under one lock (ShedLock's table): the second instance
 * waits until the first has loaded all, then finds it present. Taken before the first loader, released after the
 * last (the portal's, when the application is ready) or when start-up fails.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoSeedingLock implements ApplicationRunner {

    private final OnceAcrossInstances once;
    private volatile @Nullable HeldLock held;

    DemoSeedingLock(OnceAcrossInstances once) {
        this.once = once;
    }

    @Override
    public void run(ApplicationArguments args) {
        held = once.await("demo-data", Duration.ofMinutes(30), Duration.ofMinutes(30));
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    @PreDestroy
    void release() {
        HeldLock lock = held;
        held = null;
        if (lock != null) {
            lock.close();
        }
    }
}
