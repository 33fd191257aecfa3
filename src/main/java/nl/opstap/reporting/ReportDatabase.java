package nl.opstap.reporting;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where the report queries count: the application's database, or a read replica when
 * {@code opstap.reporting.datasource.url} is set (docs/operations.md). Only the counting and the lists behind a figure
 * read here; report settings, the processing log and everything else stay on the primary. Not a DataSource bean, so
 * Spring Boot's own DataSource stays the application's.
 */
@Component
class ReportDatabase implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReportDatabase.class);

    private final JdbcClient jdbc;
    private final @Nullable HikariDataSource replica;

    ReportDatabase(JdbcClient primary, @Value("${opstap.reporting.datasource.url:}") String url,
                   @Value("${opstap.reporting.datasource.username:${spring.datasource.username:}}") String username,
                   @Value("${opstap.reporting.datasource.password:${spring.datasource.password:}}") String password,
                   @Value("${opstap.reporting.datasource.pool-size:4}") int poolSize) {
        if (url.isBlank()) {
            this.replica = null;
            this.jdbc = primary;
            return;
        }
        HikariDataSource ds = new HikariDataSource();
        ds.setPoolName("reports");
        ds.setJdbcUrl(url);
        ds.setUsername(username);
        ds.setPassword(password);
        ds.setReadOnly(true);
        ds.setMaximumPoolSize(poolSize);
        this.replica = ds;
        this.jdbc = JdbcClient.create(ds);
        log.info("Report queries read from {}", url.replaceAll("//[^/@]*@", "//"));
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    @Override
    public void destroy() {
        if (replica != null) {
            replica.close();
        }
    }
}
