package nl.opstap.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.Municipalities;
import nl.opstap.taxonomy.Competence;
import nl.opstap.taxonomy.Competences;
import nl.opstap.taxonomy.Skills;
import org.springframework.stereotype.Component;

/** The Dutch names of skill keys: the ESCO preferred label, or the name of the organisation's competence. */
@Component
class SkillLabels {

    private final Skills skills;
    private final Competences competences;
    private final Municipalities municipalities;

    SkillLabels(Skills skills, Competences competences, Municipalities municipalities) {
        this.skills = skills;
        this.competences = competences;
        this.municipalities = municipalities;
    }

    /** A label function for skills seen in the municipality (competences are the organisation's own). */
    java.util.function.Function<String, String> in(MunicipalityCode municipality) {
        Map<UUID, String> own = new HashMap<>();
        municipalities.find(municipality).ifPresent(m -> competences.of(m.organisationId()).forEach(c -> own.put(c.id(), c.name())));
        return key -> label(key, own);
    }

    /** The organisation's active competences, to record for a client. */
    List<Competence> competencesIn(MunicipalityCode municipality) {
        return municipalities.find(municipality).map(m -> competences.of(m.organisationId()).stream().filter(Competence::active).toList())
                .orElse(List.of());
    }

    private String label(String key, Map<UUID, String> own) {
        if (key.startsWith(SkillKeys.ESCO)) {
            String uri = key.substring(SkillKeys.ESCO.length());
            return skills.find(uri).map(s -> s.preferredLabel()).orElse(uri);
        }
        if (key.startsWith(SkillKeys.COMPETENCE)) {
            try {
                String name = own.get(UUID.fromString(key.substring(SkillKeys.COMPETENCE.length())));
                return name == null ? "competentie van een andere organisatie" : name;
            } catch (IllegalArgumentException e) {
                return key;
            }
        }
        return key;
    }
}
