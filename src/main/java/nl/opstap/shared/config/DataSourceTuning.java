package nl.opstap.shared.config;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * On PostgreSQL, JDBC batches of INSERTs are sent as multi-row INSERTs (driver option reWriteBatchedInserts): a bulk
 * import of 100,000 clients writes about a million rows, and one round trip per row would dominate its time. Set
 * here rather than in the URL so that an operator's own URL gets it too; H2 does not know the option.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceTuning {

    @Bean
    static BeanPostProcessor postgresqlBatchRewrite() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof HikariDataSource data && data.getJdbcUrl() != null && data.getJdbcUrl().startsWith("jdbc:postgresql:")) {
                    data.addDataSourceProperty("reWriteBatchedInserts", "true");
                }
                return bean;
            }
        };
    }
}
