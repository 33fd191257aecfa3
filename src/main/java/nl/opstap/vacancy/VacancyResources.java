package nl.opstap.vacancy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.client.EducationLevel;
import nl.opstap.client.LoadLevel;
import nl.opstap.shared.domain.PageResult;
import nl.opstap.shared.web.ApiPage;
import org.jspecify.annotations.Nullable;

/** The API's representations of vacancies (Dutch names). */
final class VacancyResources {

    private VacancyResources() {}

    record VacancyResource(@JsonProperty("id") UUID id, @JsonProperty("werkgeverId") UUID employer, @JsonProperty("gemeente") String municipality,
                           @JsonProperty("titel") String title, @JsonProperty("beroep") String occupation, @JsonProperty("sector") String sector,
                           @JsonProperty("postcode") String postcode, @JsonProperty("urenMin") int hoursMin, @JsonProperty("urenMax") int hoursMax,
                           @JsonProperty("startdatum") @Nullable LocalDate startDate, @JsonProperty("publicatiedatum") LocalDate publicationDate,
                           @JsonProperty("sluitingsdatum") @Nullable LocalDate closingDate,
                           @JsonProperty("opleidingsniveau") @Nullable EducationLevel educationLevel,
                           @JsonProperty("vereisteVaardigheden") List<String> requiredSkills, @JsonProperty("gewensteVaardigheden") List<String> desiredSkills,
                           @JsonProperty("vereisteCompetenties") List<UUID> requiredCompetences,
                           @JsonProperty("gewensteCompetenties") List<UUID> desiredCompetences, @JsonProperty("rijbewijs") boolean drivingLicence,
                           @JsonProperty("fysiekeBelasting") @Nullable LoadLevel physicalDemands, @JsonProperty("afspraakbaan") boolean afspraakbaan,
                           @JsonProperty("aantalPlaatsen") int positions, @JsonProperty("status") VacancyStatus status,
                           @JsonProperty("afstandKm") @Nullable Double distanceKm) {

        static VacancyResource of(Vacancy v, @Nullable Double distance) {
            return new VacancyResource(v.id().value(), v.employer().value(), v.municipality().value(), v.title(), v.occupationUri(), v.sector(),
                    v.postcode(), v.hoursMin(), v.hoursMax(), v.startDate(), v.publicationDate(), v.closingDate(), v.educationLevel(),
                    v.skills().requiredUris(), v.skills().desiredUris(), v.skills().requiredCompetences(), v.skills().desiredCompetences(),
                    v.drivingLicence(), v.physicalDemands(), v.afspraakbaan(), v.positions(), v.status(),
                    distance == null ? null : Math.round(distance * 10) / 10.0);
        }
    }

    record VacancyPage(@JsonProperty("vacatures") List<VacancyResource> vacancies, @JsonProperty("pagina") ApiPage.Info page,
                       @JsonProperty("_links") Map<String, ApiPage.Link> links) {

        static VacancyPage of(PageResult<VacancySearch.Hit> result, Map<String, ApiPage.Link> links) {
            return new VacancyPage(result.content().stream().map(h -> VacancyResource.of(h.vacancy(), h.distanceKm())).toList(),
                    ApiPage.info(result), links);
        }
    }
}
