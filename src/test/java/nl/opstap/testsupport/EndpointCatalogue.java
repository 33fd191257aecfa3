package nl.opstap.testsupport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every mapped endpoint and every module's {@link EndpointExamples}: the one catalogue the authorisation,
 * CSRF and cross-site scripting tests walk, so an endpoint without an example fails all of them.
 */
public final class EndpointCatalogue {

    public static final String API = "/api/";

    private final List<EndpointExamples> modules = moduleExamples();

    public List<EndpointExamples> modules() {
        return modules;
    }

    /** One request per endpoint ("METHOD /pattern"), aimed at the foreign municipality's data. */
    public Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> examples() {
        Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> all = new LinkedHashMap<>();
        modules.forEach(module -> module.examples().forEach((key, example) -> {
            if (all.put(key, example) != null) {
                throw new IllegalStateException("two examples for " + key);
            }
        }));
        return all;
    }

    /** Every module's fingerprint of the foreign data it holds, in one string. */
    public String fingerprints(JdbcClient jdbc, ForeignTarget target) {
        StringBuilder all = new StringBuilder();
        modules.forEach(module -> all.append(module.getClass().getSimpleName()).append('=')
                .append(module.fingerprint(jdbc, target)).append(';'));
        return all.toString();
    }

    /** Every endpoint Opstap maps, as "METHOD /pattern". */
    public static Set<String> mapped(RequestMappingHandlerMapping mappings) {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("nl.opstap") || info.getPatternValues().contains("/error")) {
                return;
            }
            info.getPatternValues().forEach(pattern -> info.getMethodsCondition().getMethods()
                    .forEach(m -> mapped.add(m.name() + " " + pattern)));
        });
        return mapped;
    }

    public static boolean isApi(String endpoint) {
        return endpoint.contains(" " + API);
    }

    public static boolean changesState(String endpoint) {
        return !endpoint.startsWith("GET ");
    }

    private static List<EndpointExamples> moduleExamples() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(EndpointExamples.class));
        return scanner.findCandidateComponents("nl.opstap").stream().map(candidate -> {
            try {
                var type = Class.forName(candidate.getBeanClassName());
                var constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                return (EndpointExamples) constructor.newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create " + candidate.getBeanClassName(), e);
            }
        }).toList();
    }
}
