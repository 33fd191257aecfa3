package nl.opstap.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Every indicator by key, so a drill-down link can name the figure it opens. Keys must be unique. */
@Component
class IndicatorCatalogue {

    private final Map<String, Indicator> byKey = new LinkedHashMap<>();

    IndicatorCatalogue(List<IndicatorSource> sources) {
        for (IndicatorSource source : sources) {
            for (Indicator indicator : source.indicators()) {
                if (byKey.putIfAbsent(indicator.key(), indicator) != null) {
                    throw new IllegalStateException("two indicators named " + indicator.key());
                }
            }
        }
    }

    Optional<Indicator> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }
}
