package nl.opstap.shared.config;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages are written as they are. With webjars-locator-lite on the class path Spring Boot turns the resource
 * chain on and, through Thymeleaf, passes every {@code @{...}} link of every page to {@link ResourceUrlEncodingFilter},
 * which looks each one up on the class path to version it. Opstap has no versioning strategy, so the filter never
 * changes a link, and links to pages (not resources) miss the chain's cache: in the 200-user load run this lookup was a
 * third of all CPU time. The resource chain itself stays on, so version-less webjar paths still resolve.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceLinks {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
