package nl.opstap.shared.config;

import nl.opstap.shared.web.LenientJsonProblems;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** API bodies are read leniently so that every invalid field can be reported at once. */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer lenientJsonProblems() {
        return builder -> builder.addHandler(new LenientJsonProblems());
    }
}
