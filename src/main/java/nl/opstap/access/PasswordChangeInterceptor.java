package nl.opstap.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** A user with a temporary password sees nothing but the page to replace it. */
@Configuration(proxyBeanMethods = false)
class PasswordChangeInterceptor implements WebMvcConfigurer {

    static final String CHANGE_PATH = "/mijn-account/wachtwoord";

    private final AccessGuard guard;

    PasswordChangeInterceptor(AccessGuard guard) {
        this.guard = guard;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws Exception {
                if (guard.signedInUser().isPresent() && guard.mustChangePassword()) {
                    response.sendRedirect(request.getContextPath() + CHANGE_PATH);
                    return false;
                }
                return true;
            }
        }).excludePathPatterns(CHANGE_PATH, "/uitloggen", "/inloggen", "/inloggen/**", "/error", "/api/**", "/css/**", "/js/**",
                "/img/**", "/webjars/**", "/actuator/**", "/favicon.ico");
    }
}
