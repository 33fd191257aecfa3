package nl.opstap.diagnosis;

import java.util.ArrayList;
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

    Map<String, Object> fact(DiagnosisFact f) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", f.id().toString());
        json.put("vanaf", f.from().toString());
        if (f.to() != null) {
            json.put("tot", f.to().toString());
        }
        json.put("waarde", value(f.value()));
        json.put("vastgelegdOp", f.recordedAt().toString());
        if (f.recordedBy() != null) {
            json.put("vastgelegdDoor", f.recordedBy());
        }
        json.put("gecorrigeerd", f.corrected());
        if (f.correctedAt() != null) {
            json.put("gecorrigeerdOp", f.correctedAt().toString());
            json.put("gecorrigeerdDoor", f.correctedBy());
            json.put("correctiereden", f.correctionReason());
            json.put("vervangenDoor", String.valueOf(f.replacedBy()));
        }
        return json;
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

    Map<String, Object> snapshot(DiagnosisSnapshot s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("peildatum", s.on().toString());
        put(json, "situatie", s.situationFact());
        put(json, "perspectief", s.perspectiveFact());
        if (s.workCapacity() != null) {
            json.put("arbeidsvermogen", s.workCapacity());
        }
        put(json, "trede", s.ladderFact());
        put(json, "sectoren", s.sectorsFact());
        put(json, "zrm", s.zrmFact());
        json.put("testen", list(s.tests()));
        json.put("beroepen", list(s.occupations()));
        return json;
    }

    private void put(Map<String, Object> json, String name, @Nullable DiagnosisFact fact) {
        if (fact != null) {
            json.put(name, fact(fact));
        }
    }

    List<Map<String, Object>> list(List<DiagnosisFact> facts) {
        List<Map<String, Object>> result = new ArrayList<>();
        facts.forEach(f -> result.add(fact(f)));
        return result;
    }
}
