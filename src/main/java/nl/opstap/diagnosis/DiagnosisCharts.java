package nl.opstap.diagnosis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two diagnosis charts, for the diagnosis tab and the client's overview: the ladder steps over time
 * and the latest ZRM profile against the previous one. Each comes with the numbers for the table that
 * stands in for the chart (screen readers, no JavaScript).
 */
@Component
class DiagnosisCharts {

    /** Chart data: the points and labels for the tables, and the JSON for the chart script. */
    record Charts(List<DiagnosisFact> ladderPoints, Map<UUID, String> ladderLabels, String ladderJson,
                  @Nullable DiagnosisFact zrmLatest, @Nullable DiagnosisFact zrmPrevious, String zrmJson) {

        public List<ZrmDomain> zrmDomains() {
            return List.of(ZrmDomain.values());
        }
    }

    private final JsonMapper json;

    DiagnosisCharts(JsonMapper json) {
        this.json = json;
    }

    /** From a client's history as the reader may see it (corrected facts are left out of the charts). */
    Charts of(List<DiagnosisFact> history) {
        List<DiagnosisFact> ladder = history.stream().filter(f -> f.kind() == FactKind.LADDER && !f.corrected())
                .sorted(Comparator.comparing(DiagnosisFact::from)).toList();
        Map<UUID, String> labels = new LinkedHashMap<>();
        ladder.forEach(f -> labels.put(f.id(), f.value().summary()));
        List<List<Object>> points = ladder.stream()
                .map(f -> List.<Object>of(f.from().toString(), ((FactRecord.LadderFact) f.value()).step().number())).toList();
        List<DiagnosisFact> zrm = history.stream().filter(f -> f.kind() == FactKind.ZRM && !f.corrected())
                .sorted(Comparator.comparing(DiagnosisFact::from).reversed()).toList();
        DiagnosisFact latest = zrm.isEmpty() ? null : zrm.getFirst();
        DiagnosisFact previous = zrm.size() > 1 ? zrm.get(1) : null;
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("domains", Arrays.stream(ZrmDomain.values()).map(ZrmDomain::label).toList());
        if (latest != null) {
            chart.put("latest", profile(latest));
        }
        if (previous != null) {
            chart.put("previous", profile(previous));
        }
        return new Charts(ladder, labels, json.writeValueAsString(points), latest, previous, json.writeValueAsString(chart));
    }

    private static Map<String, Object> profile(DiagnosisFact zrm) {
        return Map.of("label", zrm.from().toString(), "scores", ZrmAssessment.numbers(((FactRecord.ZrmFact) zrm.value()).scores()));
    }
}
