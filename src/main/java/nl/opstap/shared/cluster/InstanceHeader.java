package nl.opstap.shared.cluster;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Names the instance that answered in a response header, only when {@code opstap.instance.name} is set: for the
 * operator behind a load balancer (and the two-instance demonstration), never needed by a user.
 */
@Component
@ConditionalOnProperty("opstap.instance.name")
@Order(Ordered.HIGHEST_PRECEDENCE)
class InstanceHeader extends OncePerRequestFilter {

    static final String HEADER = "X-Opstap-Instantie";

    private final String name;

    InstanceHeader(@Value("${opstap.instance.name}") String name) {
        this.name = name;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HEADER, name);
        chain.doFilter(request, response);
    }
}
