package nl.opstap.matching;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.vacancy.Vacancy;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The employer's own vacancies and the candidates put forward for them, in the API (problem+json on errors). */
@RestController
@Tag(name = "Werkgeversportaal")
class EmployerPortalApiController {

    @Schema(name = "EmployerPortalVacancy")
    record VacancyResource(@JsonProperty("id") UUID id, @JsonProperty("titel") String title, @JsonProperty("status") String status,
                           @JsonProperty("urenMin") int hoursMin, @JsonProperty("urenMax") int hoursMax,
                           @JsonProperty("publicatiedatum") LocalDate published, @JsonProperty("sluitingsdatum") @Nullable LocalDate closing) {
        static VacancyResource of(Vacancy v) {
            return new VacancyResource(v.id().value(), v.title(), v.status().code(), v.hoursMin(), v.hoursMax(), v.publicationDate(),
                    v.closingDate());
        }
    }

    @Schema(name = "EmployerPortalCandidate")
    record CandidateResource(@JsonProperty("koppelingId") UUID pair, @JsonProperty("naam") String name,
                             @JsonProperty("status") String status, @JsonProperty("voorgesteldOp") LocalDate proposedOn,
                             @JsonProperty("email") @Nullable String email, @JsonProperty("telefoon") @Nullable String phone) {}

    private final AccessGuard guard;
    private final EmployerPortalCandidates portal;

    EmployerPortalApiController(AccessGuard guard, EmployerPortalCandidates portal) {
        this.guard = guard;
        this.portal = portal;
    }

    @GetMapping(path = "/api/v1/werkgever/vacatures", produces = "application/json")
    List<VacancyResource> vacancies() {
        Access access = guard.require(Permission.OWN_EMPLOYER);
        return portal.vacancies(access).stream().map(VacancyResource::of).toList();
    }

    @GetMapping(path = "/api/v1/werkgever/vacatures/{vacancyId}/kandidaten", produces = "application/json")
    List<CandidateResource> candidates(@PathVariable UUID vacancyId) {
        Access access = guard.require(Permission.OWN_EMPLOYER);
        Vacancy vacancy = portal.vacancy(access, vacancyId);
        return portal.candidates(access, vacancy).stream().map(c -> new CandidateResource(c.pair(), c.name(), c.status().code(),
                c.proposedOn(), c.email(), c.phone())).toList();
    }
}
