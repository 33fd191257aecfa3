package nl.opstap.diagnosis;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A fact's value as short Dutch text, with sector and occupation names filled in. */
final class DiagnosisTexts {

    private DiagnosisTexts() {}

    static String of(FactRecord value, Map<String, String> sectorNames, Map<String, String> occupationNames) {
        return switch (value) {
            case FactRecord.SectorsFact s -> sectors(s.sectors(), sectorNames);
            case FactRecord.OccupationFact o -> o.occupationKind().label() + ": " + occupationNames.getOrDefault(o.uri(), o.uri());
            case FactRecord.ZrmFact z -> z.version() + "; " + String.join(", ", java.util.Arrays.stream(ZrmDomain.values())
                    .map(d -> d.label() + " " + z.scores().get(d).number()).toList());
            default -> value.summary();
        };
    }

    static String sectors(List<String> codes, Map<String, String> sectorNames) {
        return codes.stream().map(c -> sectorNames.getOrDefault(c, c)).collect(Collectors.joining(", "));
    }
}
