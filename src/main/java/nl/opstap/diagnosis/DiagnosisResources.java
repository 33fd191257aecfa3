package nl.opstap.diagnosis;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opstap.taxonomy.Occupation;
import nl.opstap.taxonomy.Occupations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Diagnosis facts and snapshots as API JSON (Dutch names; enum values as their codes). */
@Component
class DiagnosisResources {

    private final Occupations occupations;

    DiagnosisResources(Occupations occupations) {
        this.occupations = occupations;
    }

    /** One fact in the API; {@code waarde} depends on the kind (a code, a step, a list of sector codes or an object). */
    @Schema(name = "DiagnosisFactResource")
    record Fact(@JsonProperty("id") @Schema(format = "uuid") String id,
                @JsonProperty("vanaf") @Schema(format = "date") String from,
                @JsonProperty("tot") @Schema(format = "date") @Nullable String to,
                @JsonProperty("waarde") @Schema(description = "Naar soort: situatie een code, trede 1–6, sectoren een lijst "
                        + "codes; perspectief, ZRM, test en beroep een object") Object value,
                @JsonProperty("vastgelegdOp") @Schema(format = "date-time") String recordedAt,
                @JsonProperty("vastgelegdDoor") @Nullable String recordedBy,
                @JsonProperty("gecorrigeerd") boolean corrected,
                @JsonProperty("gecorrigeerdOp") @Schema(format = "date-time") @Nullable String correctedAt,
                @JsonProperty("gecorrigeerdDoor") @Nullable String correctedBy,
                @JsonProperty("correctiereden") @Nullable String correctionReason,
                @JsonProperty("vervangenDoor") @Nullable String replacedBy) {}

    /** What held on a date. */
    @Schema(name = "DiagnosisSnapshotResource")
    record Snapshot(@JsonProperty("peildatum") @Schema(format = "date") String on,
                    @JsonProperty("situatie") @Nullable Fact situation,
                    @JsonProperty("perspectief") @Nullable Fact perspective,
                    @JsonProperty("arbeidsvermogen") @Nullable Boolean workCapacity,
                    @JsonProperty("trede") @Nullable Fact ladder,
                    @JsonProperty("sectoren") @Nullable Fact sectors,
                    @JsonProperty("zrm") @Nullable Fact zrm,
                    @JsonProperty("testen") List<Fact> tests,
                    @JsonProperty("beroepen") List<Fact> occupations) {}

    Fact fact(DiagnosisFact f) {
        boolean corrected = f.correctedAt() != null;
        return new Fact(f.id().toString(), f.from().toString(), f.to() == null ? null : f.to().toString(), value(f.value()),
                f.recordedAt().toString(), f.recordedBy(), f.corrected(), corrected ? f.correctedAt().toString() : null,
                corrected ? f.correctedBy() : null, corrected ? f.correctionReason() : null,
                corrected ? String.valueOf(f.replacedBy()) : null);
    }

    Object value(FactRecord value) {
        return switch (value) {
            case FactRecord.SituationFact s -> s.situation().code();
            case FactRecord.PerspectiveFact p -> Map.of("perspectief", p.perspective().code(), "arbeidsvermogen", p.perspective().hasWorkCapacity());
            case FactRecord.LadderFact l -> l.step().number();
            case FactRecord.SectorsFact s -> s.sectors();
            case FactRecord.ZrmFact z -> {
                Map<String, Object> scores = new LinkedHashMap<>();
                scores.put("versie", z.version());
                z.scores().forEach((d, s) -> scores.put(d.code(), s.number()));
                yield scores;
            }
            case FactRecord.TestFact t -> {
                Map<String, Object> test = new LinkedHashMap<>();
                test.put("soort", t.type().code());
                test.put("aanbieder", t.provider());
                test.put("resultaat", t.result());
                if (t.category() != null) {
                    test.put("categorie", t.category().number());
                }
                yield test;
            }
            case FactRecord.OccupationFact o -> {
                Map<String, Object> occupation = new LinkedHashMap<>();
                occupation.put("uri", o.uri());
                occupation.put("naam", occupations.find(o.uri()).map(Occupation::preferredLabel).orElse(o.uri()));
                occupation.put("soort", o.occupationKind().code());
                yield occupation;
            }
        };
    }

    Snapshot snapshot(DiagnosisSnapshot s) {
        return new Snapshot(s.on().toString(), optional(s.situationFact()), optional(s.perspectiveFact()), s.workCapacity(),
                optional(s.ladderFact()), optional(s.sectorsFact()), optional(s.zrmFact()), list(s.tests()), list(s.occupations()));
    }

    private @Nullable Fact optional(@Nullable DiagnosisFact fact) {
        return fact == null ? null : fact(fact);
    }

    List<Fact> list(List<DiagnosisFact> facts) {
        return facts.stream().map(this::fact).toList();
    }
}
