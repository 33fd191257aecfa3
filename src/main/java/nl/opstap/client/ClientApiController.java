package nl.opstap.client;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.access.UserId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.Paging;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.web.ApiPage;
import nl.opstap.shared.web.ETags;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** /api/v1/werkzoekenden: the client register in the API. */
@RestController
@RequestMapping(path = "/api/v1/werkzoekenden", produces = "application/json")
@Tag(name = "Werkzoekenden", description = "Het register van werkzoekenden van de gemeenten waarvoor u bevoegd bent")
class ClientApiController {

    private final AccessGuard guard;
    private final ClientService service;
    private final ClientLookup lookup;
    private final ClientViews views;
    private final ClientForms forms;

    ClientApiController(AccessGuard guard, ClientService service, ClientLookup lookup, ClientViews views, ClientForms forms) {
        this.guard = guard;
        this.service = service;
        this.lookup = lookup;
        this.views = views;
        this.forms = forms;
    }

    @GetMapping
    @Operation(summary = "Werkzoekenden zoeken en bladeren",
            description = "Zoekt op naam (delen van namen), geboortedatum, postcode (of het begin ervan), gemeente en klantmanager. "
                    + "Sorteer met sorteer=naam|geboortedatum|postcode|gemeente|gewijzigd, met '-' ervoor voor aflopend.")
    ClientResource.Page list(@RequestParam(name = "naam", required = false) String name,
                             @RequestParam(name = "geboortedatum", required = false)
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birth,
                             @RequestParam(name = "postcode", required = false) String postcode,
                             @RequestParam(name = "gemeenteCode", required = false) String municipality,
                             @RequestParam(name = "klantmanagerId", required = false) UUID caseworker,
                             @RequestParam(name = "sorteer", required = false) String sort,
                             @RequestParam(name = "pagina", defaultValue = "1") @Min(value = 1, message = "{api.page.min}") int page,
                             @RequestParam(name = "paginaGrootte", defaultValue = "25")
                             @Min(value = 1, message = "{api.pageSize.range}") @Max(value = 100, message = "{api.pageSize.range}") int size) {
        Access access = guard.require(Permission.CLIENT_READ);
        if (SearchName.containsBsnLike(name)) {
            throw RuleViolation.of(null, "naam", "bsn", "Zoek een BSN met POST /api/v1/werkzoekenden/_zoek; een BSN hoort niet in een URL.");
        }
        ClientSort.Order order = ClientSort.parse(sort).orElseThrow(() -> RuleViolation.of(null, "sorteer", "value",
                "Sorteer op naam, geboortedatum, postcode, gemeente of gewijzigd; zet '-' ervoor voor aflopend."));
        if (municipality != null && !MunicipalityCode.isValid(municipality)) {
            throw RuleViolation.of(null, "gemeenteCode", "format", "Een gemeentecode ziet eruit als GM1708.");
        }
        ClientSearch search = new ClientSearch(name, birth, postcode,
                municipality == null ? null : new MunicipalityCode(municipality),
                caseworker == null ? null : new UserId(caseworker), order);
        var result = forms.withCaseworkerNames(lookup.search(access, search, new Paging(page, size)));
        return new ClientResource.Page(result.content().stream().map(ClientResource.Summary::of).toList(),
                ApiPage.info(result), ApiPage.links(result, ServletUriComponentsBuilder.fromCurrentRequest()));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = "application/json")
    @Operation(summary = "Een werkzoekende registreren",
            description = "Verplicht: bsn, voornamen, achternaam, geboortedatum, postcode en gemeenteCode (CBS-code, bv. GM1708). "
                    + "Uitkeringsstatus en klantmanager zet u daarna via /uitkeringsstatussen en /klantmanager.")
    ResponseEntity<ClientResource> register(@Valid @RequestBody ClientDetails body) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        Client client = service.register(access, new NewClient(body, null, null));
        return ResponseEntity.created(URI.create("/api/v1/werkzoekenden/" + client.id()))
                .eTag(ETags.of(client.version() + 1))
                .body(ClientResource.of(views.of(access, service.read(access, client.id()))));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Een werkzoekende ophalen", description = "De ETag is de versie; geef die bij wijzigen mee in If-Match.")
    ResponseEntity<ClientResource> get(@PathVariable UUID id) {
        Access access = guard.require(Permission.CLIENT_READ);
        Client client = service.read(access, new ClientId(id));
        return ResponseEntity.ok().eTag(ETags.of(client.version())).body(ClientResource.of(views.of(access, client)));
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    @Operation(summary = "De gegevens van een werkzoekende wijzigen",
            description = "Vervangt alle gegevens. If-Match moet de ETag van de gelezen versie bevatten; "
                    + "is de werkzoekende intussen gewijzigd, dan volgt 412.")
    ResponseEntity<ClientResource> update(@PathVariable UUID id, @Valid @RequestBody ClientDetails body,
                                          @Parameter(description = "ETag van de versie die u wijzigt, bv. \"3\"")
                                          @RequestHeader("If-Match") String ifMatch) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        Client client = service.update(access, new ClientId(id), body, ETags.parse(ifMatch));
        return current(access, client.id());
    }

    @PostMapping(path = "/_zoek", consumes = "application/json")
    @Operation(summary = "Een werkzoekende zoeken op BSN",
            description = "Het BSN staat in de body, zodat het nooit in een URL of toegangslog terechtkomt.")
    ClientResource.Page findByBsn(@Valid @RequestBody ClientResource.BsnQuery body) {
        Access access = guard.require(Permission.CLIENT_READ);
        List<ClientResource.Summary> found = lookup.findByBsn(access, body.bsn()).stream()
                .map(id -> views.of(access, service.read(access, id)))
                .map(view -> new ClientResource.Summary(view.id().value(), view.details().municipality(),
                        view.municipalityName(), view.details().firstNames(), view.details().infix(),
                        view.details().lastName(), view.details().dateOfBirth(), view.details().postcode(),
                        view.details().city(), view.benefitStatus(), view.caseworker() == null ? null : view.caseworker().name(),
                        ClientResource.links(view.id())))
                .toList();
        return new ClientResource.Page(found, new ApiPage.Info(1, 1, found.size(), 1), java.util.Map.of());
    }

    private ResponseEntity<ClientResource> current(Access access, ClientId id) {
        Client client = service.read(access, id);
        return ResponseEntity.ok().eTag(ETags.of(client.version())).body(ClientResource.of(views.of(access, client)));
    }
}
