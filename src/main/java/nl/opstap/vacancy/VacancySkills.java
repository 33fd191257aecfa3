package nl.opstap.vacancy;

import java.util.List;
import java.util.UUID;

/** The skills a vacancy asks for: ESCO skill URIs and the organisation's own competences, each required or desired. */
public record VacancySkills(List<String> requiredUris, List<String> desiredUris, List<UUID> requiredCompetences,
                            List<UUID> desiredCompetences) {

    public VacancySkills {
        requiredUris = List.copyOf(requiredUris);
        desiredUris = List.copyOf(desiredUris);
        requiredCompetences = List.copyOf(requiredCompetences);
        desiredCompetences = List.copyOf(desiredCompetences);
    }

    static VacancySkills none() {
        return new VacancySkills(List.of(), List.of(), List.of(), List.of());
    }
}
