package nl.opstap.taxonomy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.Permission;
import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.shared.web.InvalidParam;
import nl.opstap.shared.web.InvalidRequestException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reference lists in the API: the sectors of the caller's organisations and the ESCO occupations. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Referentielijsten")
class TaxonomyApiController {

    record SectorResource(@JsonProperty("code") String code, @JsonProperty("naam") String name,
                          @JsonProperty("actief") boolean active) {}

    record SectorList(@JsonProperty("organisatieId") String organisationId, @JsonProperty("organisatie") String organisation,
                      @JsonProperty("sectoren") List<SectorResource> sectors) {}

    record OccupationResource(@JsonProperty("uri") String uri, @JsonProperty("naam") String name,
                              @JsonProperty("gevondenOp") String matched, @JsonProperty("iscoGroep") String iscoGroup,
                              @JsonProperty("code") String code) {}

    private final AccessGuard guard;
    private final Sectors sectors;
    private final Occupations occupations;
    private final Municipalities municipalities;

    TaxonomyApiController(AccessGuard guard, Sectors sectors, Occupations occupations, Municipalities municipalities) {
        this.guard = guard;
        this.sectors = sectors;
        this.occupations = occupations;
        this.municipalities = municipalities;
    }

    @GetMapping("/sectoren")
    @Operation(summary = "De lijst van sectoren van uw uitvoeringsorganisatie(s), ook de niet meer actieve")
    List<SectorList> sectors() {
        CurrentUser user = guard.requireSignedIn();
        Set<OrganisationId> own = new java.util.HashSet<>();
        for (Permission p : List.of(Permission.CLIENT_READ, Permission.CATALOGUE_ADMIN)) {
            user.scopeFor(p).municipalities().forEach(m -> sectors.organisationOf(m).ifPresent(own::add));
        }
        if (own.isEmpty()) {
            throw new AccessDeniedException("no organisation");
        }
        List<SectorList> result = new ArrayList<>();
        municipalities.organisations().stream().filter(o -> own.contains(o.id())).forEach(o -> result.add(new SectorList(
                o.id().value().toString(), o.name(),
                sectors.of(o.id()).stream().map(s -> new SectorResource(s.code(), s.name(), s.active())).toList())));
        return result;
    }

    @GetMapping("/beroepen")
    @Operation(summary = "Beroepen (ESCO) zoeken op Nederlandse naam of synoniem, beste overeenkomst eerst")
    List<OccupationResource> occupations(@RequestParam(name = "zoek") String text,
                                         @RequestParam(name = "aantal", defaultValue = "10") int limit) {
        guard.require(Permission.CLIENT_READ);
        List<InvalidParam> problems = new ArrayList<>();
        if (text.strip().length() < 2) {
            problems.add(new InvalidParam("zoek", "size", "Geef minstens 2 tekens om op te zoeken."));
        }
        if (limit < 1 || limit > 50) {
            problems.add(new InvalidParam("aantal", "range", "Het aantal ligt tussen 1 en 50."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return occupations.hits(text, limit).stream().map(h -> new OccupationResource(h.occupation().uri(),
                h.occupation().preferredLabel(), h.matchedLabel(), h.occupation().iscoGroup(), h.occupation().code())).toList();
    }
}
