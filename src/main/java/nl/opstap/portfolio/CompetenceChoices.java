package nl.opstap.portfolio;

import java.util.List;
import java.util.Optional;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.Municipalities;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.taxonomy.Competence;
import nl.opstap.taxonomy.Competences;
import nl.opstap.taxonomy.Skills;
import org.springframework.stereotype.Component;

/**
 * The skills a job seeker can add: ESCO skills found with the taxonomy's label search (key "esco:" + concept URI) and
 * the active competences of the organisation serving the client's municipality (key "competentie:" + id), the same
 * keys matching uses.
 */
@Component
class CompetenceChoices {

    static final String ESCO = "esco:";
    static final String COMPETENCE = "competentie:";

    private final Skills skills;
    private final Competences competences;
    private final Municipalities municipalities;

    CompetenceChoices(Skills skills, Competences competences, Municipalities municipalities) {
        this.skills = skills;
        this.competences = competences;
        this.municipalities = municipalities;
    }

    /** ESCO skills whose label holds the text (at most ten); nothing for a search shorter than two letters. */
    List<CompetenceChoice> search(String text) {
        String query = text == null ? "" : text.strip();
        if (query.length() < 2 || query.length() > 100) {
            return List.of();
        }
        return skills.hits(query, 10).stream().map(h -> new CompetenceChoice(ESCO + h.skill().uri(), h.skill().preferredLabel())).toList();
    }

    /** The organisation's active competences for a client of the municipality. */
    List<CompetenceChoice> competencesIn(MunicipalityCode municipality) {
        return municipalities.find(municipality).map(m -> competences.of(m.organisationId()).stream().filter(Competence::active)
                .map(c -> new CompetenceChoice(COMPETENCE + c.id(), c.name())).toList()).orElse(List.of());
    }

    /** The label of a chosen key, or a violation when the key is unknown (a made-up value never gets stored). */
    String label(MunicipalityCode municipality, String key) {
        Optional<String> label = Optional.empty();
        if (key.startsWith(ESCO)) {
            label = skills.find(key.substring(ESCO.length())).map(s -> s.preferredLabel());
        } else if (key.startsWith(COMPETENCE)) {
            label = competencesIn(municipality).stream().filter(c -> c.key().equals(key)).map(CompetenceChoice::label).findFirst();
        }
        return label.orElseThrow(() -> RuleViolation.of(PortfolioEntryForm.class, "skill", "unknown", "Kies een vaardigheid uit de lijst."));
    }
}
