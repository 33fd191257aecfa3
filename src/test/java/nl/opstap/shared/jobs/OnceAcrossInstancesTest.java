package nl.opstap.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Two "instances" (two lock providers) on one database wait for each other's lock. */
class OnceAcrossInstancesTest {

    private final DataSource db = new DriverManagerDataSource("jdbc:h2:mem:once-across;DB_CLOSE_DELAY=-1");

    OnceAcrossInstancesTest() {
        new JdbcTemplate(db).execute("CREATE TABLE IF NOT EXISTS shedlock (name VARCHAR(64) PRIMARY KEY, lock_until TIMESTAMP(3) NOT NULL,"
                + " locked_at TIMESTAMP(3) NOT NULL, locked_by VARCHAR(255) NOT NULL)");
    }

    private OnceAcrossInstances instance() {
        return new OnceAcrossInstances(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(db)).usingDbTime().build()));
    }

    @Test
    void theSecondInstanceWaitsUntilTheFirstReleasesTheLock() {
        OnceAcrossInstances first = instance();
        OnceAcrossInstances second = instance();
        OnceAcrossInstances.HeldLock held = first.await("demo-data-test", Duration.ofMinutes(5), Duration.ZERO);
        assertThatThrownBy(() -> second.await("demo-data-test", Duration.ofMinutes(5), Duration.ofMillis(100)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("still held");
        assertThat(second.run("demo-data-test", Duration.ofMinutes(1), Duration.ZERO, () -> "ran")).isNull();
        held.close();
        try (OnceAcrossInstances.HeldLock mine = second.await("demo-data-test", Duration.ofMinutes(5), Duration.ZERO)) {
            assertThat(mine).isNotNull();
        }
    }
}
