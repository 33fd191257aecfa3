package nl.opstap.shared.cluster;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Names the instance that answered in a response header, only when {@code opstap.instance.name} is set: for the
 * operator behind a load balancer (and the two-instance demonstration), never needed by a user.
 */
@Configuration
@ConditionalOnProperty("opstap.instance.name")
class InstanceHeader {

    static final String HEADER = "X-Opstap-Instantie";

    @Bean
    FilterRegistrationBean<Filter> instanceHeaderFilter(@Value("${opstap.instance.name}") String name) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            ((HttpServletResponse) response).setHeader(HEADER, name);
            chain.doFilter(request, response);
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
