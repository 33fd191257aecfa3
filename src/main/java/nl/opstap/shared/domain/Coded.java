package nl.opstap.shared.domain;

import java.util.Arrays;
import java.util.List;

/**
 * An enum whose values travel as Dutch codes in the API (e.g. "mbo-2"). Lets error messages list the
 * allowed codes without knowing the enum.
 */
public interface Coded {

    String code();

    static List<String> codesOf(Class<?> type) {
        if (!type.isEnum() || !Coded.class.isAssignableFrom(type)) {
            return List.of();
        }
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Coded) c).code()).toList();
    }

    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        for (E value : type.getEnumConstants()) {
            if (value.code().equalsIgnoreCase(code) || value.name().equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown code for " + type.getSimpleName());
    }
}
