package nl.opstap.shared.config;

import javax.sql.DataSource;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Two requests of one session that both add the same attribute (a flash message, say) would both INSERT it, and the
 * second failed on the attribute table's primary key: a 500 (found by sqlmap with parallel workers). The attribute is
 * written as an upsert instead, with each database's own statement.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributeUpsert {

    private static final String H2_MERGE = "MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES) "
            + "KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributesUpserted(DataSource dataSource) {
        DatabaseDriver database = databaseOf(dataSource);
        return repository -> {
            if (database == DatabaseDriver.POSTGRESQL) {
                new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
            } else if (database == DatabaseDriver.H2) {
                repository.setCreateSessionAttributeQuery(H2_MERGE);
            }
        };
    }

    private static DatabaseDriver databaseOf(DataSource dataSource) {
        try {
            String url = JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getURL());
            return DatabaseDriver.fromJdbcUrl(url);
        } catch (Exception e) {
            return DatabaseDriver.UNKNOWN;
        }
    }
}
