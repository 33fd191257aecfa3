package nl.opstap.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.shared.jobs.OnceAcrossInstances;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The nightly jobs: idempotent, and run once when two instances (two lock providers on one database) start them together. */
@OpstapIntegrationTest
class PlacementJobsIT {

    @Autowired PlacementJobs jobs;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @Autowired Placements placements;
    @Autowired Clock clock;

    private OnceAcrossInstances instance() {
        return new OnceAcrossInstances(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build()));
    }

    @Test
    void twoInstancesStartingAJobTogetherRunItOnce() throws Exception {
        String name = "test-job-" + UUID.randomUUID();
        List<OnceAcrossInstances> instances = List.of(instance(), instance());
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (OnceAcrossInstances instance : instances) {
                results.add(pool.submit(() -> {
                    start.await();
                    return instance.run(name, Duration.ofMinutes(5), Duration.ofMinutes(1), () -> {
                        sleep();
                        return runs.incrementAndGet();
                    });
                }));
            }
            start.countDown();
            long executed = 0;
            for (Future<Integer> f : results) {
                executed += f.get() == null ? 0 : 1;
            }
            assertThat(executed).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(runs).hasValue(1);
        assertThat(instance().run(name, Duration.ofMinutes(5), Duration.ofMinutes(1), runs::incrementAndGet))
                .as("a second instance a little later does not run it again").isNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shedlock WHERE name = ?").param(name).query(Long.class).single()).isEqualTo(1);
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void planningAddsOnlyTheMissingContactsOnce() {
        ClientId client = new Fixtures(accounts, clients).client(Fixtures.STEENWIJKERLAND, "Yara", Fixtures.unique("Planning"));
        Placement p = new Placement(UUID.randomUUID(), client.value(), Fixtures.STEENWIJKERLAND, PlacementType.REGULAR_WORK, null, null, null,
                LocalDate.now(clock).minusMonths(2), null, null, 20, null, false, false, null, null, 1);
        placements.insert(p, clock.instant(), accounts.idOf("consulent.steenwijkerland").value());
        assertThat(jobs.planFollowUps()).isGreaterThanOrEqualTo(10);
        assertThat(jobs.planFollowUps()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM follow_up WHERE placement_id = ?").param(p.id()).query(Long.class).single()).isEqualTo(10);
        assertThat(jdbc.sql("SELECT MIN(due_on) FROM follow_up WHERE placement_id = ?").param(p.id()).query(LocalDate.class).single())
                .isEqualTo(p.start().plusMonths(1));
    }

    @Autowired OutflowService outflowService;

    @Test
    void aBenefitStartedAgainByHandAfterAFullOutflowIsFoundAsReEntry() {
        Fixtures fixtures = new Fixtures(accounts, clients);
        ClientId client = fixtures.client(Fixtures.STEENWIJKERLAND, "Ilse", Fixtures.unique("Handmatig"));
        var access = fixtures.caseworkerAccess(Fixtures.STEENWIJKERLAND);
        clients.changeBenefit(access, client, new nl.opstap.client.BenefitChange(nl.opstap.client.BenefitStatus.RECIPIENT, LocalDate.of(2023, 1, 1)));
        outflowService.register(access, client, new OutflowForm(LocalDate.of(2024, 3, 1), OutflowReason.WORK, OutflowExtent.FULL, null));
        clients.changeBenefit(access, client, new nl.opstap.client.BenefitChange(nl.opstap.client.BenefitStatus.RECIPIENT, LocalDate.of(2024, 9, 1)));
        assertThat(jobs.detectReEntries()).isPositive();
        assertThat(jdbc.sql("SELECT re_entry_date || ':' || revolving_door FROM re_entry WHERE client_id = ?").param(client.value())
                .query(String.class).single()).isIn("2024-09-01:TRUE", "2024-09-01:true");
        assertThat(jobs.detectReEntries()).as("found once").isZero();
    }

    @Test
    void reEntriesFlaggedUnderAnotherWindowAreFlaggedAgain() {
        ClientId client = new Fixtures(accounts, clients).client(Fixtures.STEENWIJKERLAND, "Zoe", Fixtures.unique("Draaideur"));
        UUID by = accounts.idOf("consulent.steenwijkerland").value();
        Outflows outflows = new Outflows(jdbc);
        Outflow o = new Outflow(UUID.randomUUID(), client.value(), Fixtures.STEENWIJKERLAND, LocalDate.of(2024, 1, 1), OutflowReason.WORK,
                OutflowExtent.FULL, null);
        outflows.insert(o, clock.instant(), by);
        ReEntry r = new ReEntry(UUID.randomUUID(), client.value(), Fixtures.STEENWIJKERLAND, LocalDate.of(2024, 10, 1), o.id(), false, 6);
        outflows.insert(r, clock.instant(), by);
        assertThat(jobs.reflagRevolvingDoors()).isPositive();
        assertThat(jdbc.sql("SELECT revolving_door || ':' || window_months FROM re_entry WHERE id = ?").param(r.id()).query(String.class).single())
                .isIn("TRUE:12", "true:12");
        assertThat(jobs.reflagRevolvingDoors()).isZero();
    }
}
