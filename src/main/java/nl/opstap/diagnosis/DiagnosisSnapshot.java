package nl.opstap.diagnosis;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.opstap.client.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * What held for a client on a date: the fact of each single-valued kind (or null), the latest ZRM
 * assessment on or before the date, the tests taken until then (newest first) and the occupations that held.
 */
public record DiagnosisSnapshot(ClientId client, LocalDate on, @Nullable DiagnosisFact situationFact,
                                @Nullable DiagnosisFact perspectiveFact, @Nullable DiagnosisFact ladderFact,
                                @Nullable DiagnosisFact sectorsFact, @Nullable DiagnosisFact zrmFact,
                                List<DiagnosisFact> tests, List<DiagnosisFact> occupations) {

    static DiagnosisSnapshot of(ClientId client, LocalDate on, List<DiagnosisFact> held) {
        return new DiagnosisSnapshot(client, on, first(held, FactKind.SITUATION), first(held, FactKind.PERSPECTIVE),
                first(held, FactKind.LADDER), first(held, FactKind.SECTORS), first(held, FactKind.ZRM),
                held.stream().filter(f -> f.kind() == FactKind.TEST)
                        .sorted(Comparator.comparing(DiagnosisFact::from).thenComparing(DiagnosisFact::recordedAt).reversed()).toList(),
                held.stream().filter(f -> f.kind() == FactKind.OCCUPATION).toList());
    }

    private static @Nullable DiagnosisFact first(List<DiagnosisFact> held, FactKind kind) {
        return held.stream().filter(f -> f.kind() == kind).reduce((a, b) -> b).orElse(null);
    }

    public @Nullable CurrentSituation situation() {
        return situationFact != null ? ((FactRecord.SituationFact) situationFact.value()).situation() : null;
    }

    public @Nullable Perspective perspective() {
        return perspectiveFact != null ? ((FactRecord.PerspectiveFact) perspectiveFact.value()).perspective() : null;
    }

    /** Arbeidsvermogen: true or false when a perspective held, null when none did. */
    public @Nullable Boolean workCapacity() {
        Perspective p = perspective();
        return p == null ? null : p.hasWorkCapacity();
    }

    public @Nullable LadderStep ladderStep() {
        return ladderFact != null ? ((FactRecord.LadderFact) ladderFact.value()).step() : null;
    }

    /** The sector codes that held (empty when none). */
    public List<String> sectors() {
        return sectorsFact != null ? ((FactRecord.SectorsFact) sectorsFact.value()).sectors() : List.of();
    }

    /** The scores of the latest ZRM assessment (empty when none). */
    public Map<ZrmDomain, ZrmScore> zrmScores() {
        return zrmFact != null ? ((FactRecord.ZrmFact) zrmFact.value()).scores() : Map.of();
    }

    /** The domains with the lowest score in the latest ZRM assessment. */
    public List<ZrmDomain> zrmLowest() {
        return ZrmAssessment.lowest(zrmScores());
    }

    public @Nullable DiagnosisFact lastTest() {
        return tests.isEmpty() ? null : tests.getFirst();
    }

    /** Whether situation, perspective and ladder step all held (the minimal diagnosis). */
    public boolean complete() {
        return situationFact != null && perspectiveFact != null && ladderFact != null;
    }
}
