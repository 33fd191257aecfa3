package nl.opstap.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One part of a client's data for the AVG download: a Dutch title (e.g. "Diagnose: participatieladder"), its place in
 * the download, and its records. Each record maps a Dutch label to a value (text, number, date, boolean or null), in
 * the order shown; the same records make the JSON and the PDF.
 */
public record PersonalDataPart(String title, int order, List<Map<String, @Nullable Object>> records) {

    public PersonalDataPart {
        records = List.copyOf(records.stream().map(r -> java.util.Collections.unmodifiableMap(new LinkedHashMap<>(r))).toList());
    }

    /** A record from label/value pairs, kept in order: {@code record("Datum", d, "Trede", 3)}. */
    public static Map<String, @Nullable Object> record(@Nullable Object... labelsAndValues) {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
            map.put(String.valueOf(labelsAndValues[i]), labelsAndValues[i + 1]);
        }
        return map;
    }
}
