package nl.opstap.taxonomy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.Permission;
import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.OrganisationId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The competence lists of the caller's organisations (for staff who read clients or employers). */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Referentielijsten")
class CompetenceApiController {

    record CompetenceResource(@JsonProperty("id") String id, @JsonProperty("soort") String kind, @JsonProperty("naam") String name,
                              @JsonProperty("omschrijving") String description, @JsonProperty("actief") boolean active) {}

    record CompetenceList(@JsonProperty("organisatieId") String organisationId, @JsonProperty("organisatie") String organisation,
                          @JsonProperty("competenties") List<CompetenceResource> competences) {}

    private final AccessGuard guard;
    private final Competences competences;
    private final Sectors sectors;
    private final Municipalities municipalities;

    CompetenceApiController(AccessGuard guard, Competences competences, Sectors sectors, Municipalities municipalities) {
        this.guard = guard;
        this.competences = competences;
        this.sectors = sectors;
        this.municipalities = municipalities;
    }

    @GetMapping("/competenties")
    @Operation(summary = "De eigen competentielijst (werknemersvaardigheden, vakvaardigheden) van uw uitvoeringsorganisatie(s)",
            description = "Soort: WERKNEMERSVAARDIGHEID of VAKVAARDIGHEID. Ook de niet meer actieve competenties.")
    List<CompetenceList> list() {
        CurrentUser user = guard.requireSignedIn();
        Set<OrganisationId> own = new HashSet<>();
        for (Permission p : List.of(Permission.CLIENT_READ, Permission.EMPLOYER_READ, Permission.CATALOGUE_ADMIN)) {
            user.scopeFor(p).municipalities().forEach(m -> sectors.organisationOf(m).ifPresent(own::add));
        }
        if (own.isEmpty()) {
            throw new AccessDeniedException("no organisation");
        }
        return municipalities.organisations().stream().filter(o -> own.contains(o.id())).map(o -> new CompetenceList(
                o.id().value().toString(), o.name(), competences.of(o.id()).stream().map(c -> new CompetenceResource(c.id().toString(),
                        c.kind().name(), c.name(), c.description(), c.active())).toList())).toList();
    }
}
