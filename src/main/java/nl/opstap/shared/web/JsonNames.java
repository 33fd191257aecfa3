package nl.opstap.shared.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates a bean-validation path over records ("address.postcode") into the API's Dutch JSON
 * path ("adres.postcode") using the components' {@link JsonProperty} names.
 */
public final class JsonNames {

    private JsonNames() {}

    public static String of(Class<?> root, String path) {
        List<String> names = new ArrayList<>();
        Class<?> current = root;
        for (String segment : path.split("\\.")) {
            String plain = segment.replaceAll("\\[.*]", "");
            RecordComponent component = component(current, plain);
            if (component == null) {
                names.add(segment);
                current = null;
                continue;
            }
            current = elementType(component);
            if (component.getAccessor().isAnnotationPresent(JsonUnwrapped.class)
                    || fieldHas(component.getDeclaringRecord(), plain, JsonUnwrapped.class)) {
                continue; // an unwrapped record's fields sit at this level in the JSON
            }
            JsonProperty json = component.getAccessor().getAnnotation(JsonProperty.class);
            if (json == null) {
                json = fieldAnnotation(component.getDeclaringRecord(), plain);
            }
            names.add((json != null && !json.value().isEmpty() ? json.value() : plain)
                    + segment.substring(plain.length()));
        }
        return String.join(".", names);
    }

    /** The component's type, or for a list of records the record type, so paths like "goals[0].text" resolve. */
    private static Class<?> elementType(RecordComponent component) {
        if (java.util.Collection.class.isAssignableFrom(component.getType())
                && component.getGenericType() instanceof java.lang.reflect.ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return component.getType();
    }

    private static RecordComponent component(Class<?> type, String name) {
        if (type == null || !type.isRecord()) {
            return null;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static boolean fieldHas(Class<?> type, String name, Class<? extends java.lang.annotation.Annotation> annotation) {
        try {
            return type.getDeclaredField(name).isAnnotationPresent(annotation);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static JsonProperty fieldAnnotation(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name).getAnnotation(JsonProperty.class);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }
}
