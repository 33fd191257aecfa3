package nl.opstap.vacancy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.employer.EmployerId;
import nl.opstap.shared.domain.Paging;
import nl.opstap.shared.web.ApiPage;
import nl.opstap.shared.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** /api/v1/vacatures: vacancies of employers. */
@RestController
@Tag(name = "Vacatures", description = "Vacatures van werkgevers, zoeken op sector, afstand, uren en status")
class VacancyApiController {

    private final AccessGuard guard;
    private final VacancyService service;

    VacancyApiController(AccessGuard guard, VacancyService service) {
        this.guard = guard;
        this.service = service;
    }

    @GetMapping(path = "/api/v1/vacatures", produces = "application/json")
    @Operation(summary = "Vacatures zoeken", description = "uren: de vacature past als haar urenbereik overlapt met urenMin..urenMax. "
            + "Met postcode krijgt elke vacature afstandKm (hemelsbreed tussen de middelpunten van de PC4-gebieden) en staan de "
            + "dichtstbijzijnde eerst; afstandKm beperkt dan de afstand. zoek: tekst in de titel.")
    VacancyResources.VacancyPage list(@RequestParam(name = "sector", required = false) @Nullable String sector,
                                      @RequestParam(name = "postcode", required = false) @Nullable String postcode,
                                      @RequestParam(name = "afstandKm", required = false) @Nullable Integer distance,
                                      @RequestParam(name = "urenMin", required = false) @Nullable Integer hoursMin,
                                      @RequestParam(name = "urenMax", required = false) @Nullable Integer hoursMax,
                                      @RequestParam(name = "status", required = false) @Nullable String status,
                                      @RequestParam(name = "werkgeverId", required = false) @Nullable UUID employer,
                                      @RequestParam(name = "zoek", required = false) @Nullable String text,
                                      @RequestParam(name = "pagina", required = false) @Nullable Integer page,
                                      @RequestParam(name = "paginaGrootte", required = false) @Nullable Integer size) {
        Access access = guard.require(Permission.EMPLOYER_READ);
        var search = new VacancySearch(VacancySearch.blankToNull(sector), VacancySearch.blankToNull(postcode), distance, hoursMin, hoursMax,
                VacancyStatus.parse(status), employer == null ? null : new EmployerId(employer), VacancySearch.blankToNull(text));
        var result = service.search(access, search, Paging.of(page, size));
        return VacancyResources.VacancyPage.of(result, ApiPage.links(result, ServletUriComponentsBuilder.fromCurrentRequest()));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/api/v1/vacatures", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Een vacature registreren", description = "Status open, publicatiedatum vandaag. Zonder vereisteVaardigheden "
            + "worden de essentiële ESCO-vaardigheden van het beroep overgenomen (een lege lijst: geen). beroep: ESCO-URI of -code. "
            + "sluitingsdatum niet vóór de publicatiedatum; uren 1..60 met urenMin <= urenMax.")
    ResponseEntity<VacancyResources.VacancyResource> create(@Valid @RequestBody VacancyForm body) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        VacancyId id = service.create(access, body);
        Vacancy vacancy = service.vacancy(access, id);
        return ResponseEntity.created(URI.create("/api/v1/vacatures/" + id)).eTag(ETags.of(vacancy.version()))
                .body(VacancyResources.VacancyResource.of(vacancy, null));
    }

    @GetMapping(path = "/api/v1/vacatures/{vacancyId}", produces = "application/json")
    @Operation(summary = "Een vacature", description = "De ETag is de versie; geef die bij wijzigen mee in If-Match.")
    ResponseEntity<VacancyResources.VacancyResource> get(@PathVariable UUID vacancyId) {
        Access access = guard.require(Permission.EMPLOYER_READ);
        Vacancy vacancy = service.vacancy(access, new VacancyId(vacancyId));
        return ResponseEntity.ok().eTag(ETags.of(vacancy.version())).body(VacancyResources.VacancyResource.of(vacancy, null));
    }

    @PutMapping(path = "/api/v1/vacatures/{vacancyId}", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Een vacature wijzigen", description = "Met If-Match; een verouderde versie geeft 412. Werkgever, publicatiedatum "
            + "en status blijven. Een gesloten vacature kan niet meer worden gewijzigd.")
    ResponseEntity<VacancyResources.VacancyResource> update(@PathVariable UUID vacancyId, @Valid @RequestBody VacancyForm body,
                                                            @RequestHeader("If-Match") String ifMatch) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        VacancyId id = service.vacancy(access, new VacancyId(vacancyId)).id();
        service.update(access, id, ETags.parse(ifMatch), body);
        Vacancy vacancy = service.vacancy(access, id);
        return ResponseEntity.ok().eTag(ETags.of(vacancy.version())).body(VacancyResources.VacancyResource.of(vacancy, null));
    }

    @PostMapping(path = "/api/v1/vacatures/{vacancyId}/status", consumes = "application/json", produces = "application/json")
    @Operation(summary = "De status van een vacature wijzigen", description = "open ↔ aangehouden; open of aangehouden → vervuld; "
            + "alles behalve gesloten → gesloten; gesloten is definitief. Met If-Match.")
    ResponseEntity<VacancyResources.VacancyResource> status(@PathVariable UUID vacancyId, @Valid @RequestBody Vacancy.StatusChange body,
                                                            @RequestHeader("If-Match") String ifMatch) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        VacancyId id = service.vacancy(access, new VacancyId(vacancyId)).id();
        service.changeStatus(access, id, ETags.parse(ifMatch), java.util.Objects.requireNonNull(body.status()));
        Vacancy vacancy = service.vacancy(access, id);
        return ResponseEntity.ok().eTag(ETags.of(vacancy.version())).body(VacancyResources.VacancyResource.of(vacancy, null));
    }
}
