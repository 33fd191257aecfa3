package nl.opstap.shared.config;

import nl.opstap.shared.web.LenientJsonProblems;
import nl.opstap.shared.web.TextWithoutNul;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * API bodies are read leniently so that every invalid field can be reported at once, and strictly where
 * Jackson would otherwise change a value quietly: 3.5 is no ladder step (it would become 3) and 12345 is no
 * text. A number written as a string ("2") is still read as the number it says. Text with a NUL character is refused.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer lenientJsonProblems() {
        return builder -> builder.addHandler(new LenientJsonProblems())
                .addModule(new SimpleModule("opstap-text").addDeserializer(String.class, new TextWithoutNul()))
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}
