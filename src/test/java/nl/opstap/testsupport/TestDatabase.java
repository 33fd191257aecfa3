package nl.opstap.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points integration tests at the database chosen with -Dopstap.it.database: the embedded H2 (default)
 * or a fresh PostgreSQL database at 127.0.0.1:5432, recreated once per test run.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String PG_SERVER = System.getProperty("opstap.it.pg.server", "jdbc:postgresql://127.0.0.1:5432/");
    static final String PG_DATABASE = System.getProperty("opstap.it.pg.database", "opstap_it");
    private static boolean recreated;

    public static boolean postgresql() {
        return "postgresql".equals(System.getProperty("opstap.it.database", "h2"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!postgresql()) {
            return;
        }
        recreateOnce();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-postgresql", Map.of(
                "spring.datasource.url", PG_SERVER + PG_DATABASE,
                "spring.datasource.username", System.getProperty("opstap.it.pg.user", "postgres"),
                "spring.datasource.password", System.getProperty("opstap.it.pg.password", ""))));
    }

    private static synchronized void recreateOnce() {
        if (recreated) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(PG_SERVER + "postgres",
                System.getProperty("opstap.it.pg.user", "postgres"), System.getProperty("opstap.it.pg.password", ""));
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + PG_DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + PG_DATABASE);
            recreated = true;
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + PG_SERVER + " is not reachable: " + e.getMessage(), e);
        }
    }
}
