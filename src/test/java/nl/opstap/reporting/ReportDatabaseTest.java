package nl.opstap.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class ReportDatabaseTest {

    private final JdbcClient primary = JdbcClient.create(new DriverManagerDataSource("jdbc:h2:mem:primary-reports;DB_CLOSE_DELAY=-1"));

    @Test
    void withoutAReplicaReportsCountOnTheApplicationsDatabase() {
        ReportDatabase db = new ReportDatabase(primary, "", "sa", "", 2);
        assertThat(db.jdbc()).isSameAs(primary);
        db.destroy();
    }

    @Test
    void aConfiguredReplicaAnswersTheReportQueries() {
        ReportDatabase db = new ReportDatabase(primary, "jdbc:h2:mem:replica-reports;DB_CLOSE_DELAY=-1", "sa", "", 2);
        try {
            assertThat(db.jdbc()).isNotSameAs(primary);
            assertThat(db.jdbc().sql("SELECT DATABASE()").query(String.class).single()).isEqualToIgnoringCase("replica-reports");
            assertThat(primary.sql("SELECT DATABASE()").query(String.class).single()).isEqualToIgnoringCase("primary-reports");
        } finally {
            db.destroy();
        }
    }
}
