package nl.opstap.shared.config;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Refuses two API types under one schema name. Schemas are named after the simple class name, so two nested records
 * both called {@code Page} would silently share one schema in the OpenAPI document, which is then wrong for one of
 * them. Name one with {@code @Schema(name = ...)}.
 */
@Component
class SchemaNameGuard implements ModelConverter {

    private final Map<String, Class<?>> owners = new ConcurrentHashMap<>();

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (type.getType() instanceof Class<?> cls) {
            check(cls);
        } else if (type.getType() instanceof com.fasterxml.jackson.databind.JavaType javaType) {
            check(javaType.getRawClass());
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }

    private void check(Class<?> cls) {
        if (!cls.getName().startsWith("nl.opstap.") || cls.isEnum() || cls.getTypeParameters().length > 0) {
            return;
        }
        var annotation = cls.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
        String name = annotation != null && !annotation.name().isEmpty() ? annotation.name() : cls.getSimpleName();
        Class<?> owner = owners.putIfAbsent(name, cls);
        if (owner != null && owner != cls) {
            throw new IllegalStateException(("The API types " + owner.getName() + " and " + cls.getName()
                    + " would share the OpenAPI schema name " + name + "; give one a @Schema(name = ...)"));
        }
    }
}
