package nl.opstap.shared.jobs;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs, each run under a lock row in the database (ShedLock, table shedlock; ADR 0012): with several
 * instances on one database a job runs once. The database clock decides, so instances with drifting clocks agree.
 */
@Configuration
@EnableScheduling
class JobConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }

    @Bean
    OnceAcrossInstances onceAcrossInstances(LockProvider locks) {
        return new OnceAcrossInstances(locks);
    }
}
