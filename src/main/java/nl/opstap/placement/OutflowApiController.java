package nl.opstap.placement;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.client.ClientId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** /api/v1: a client's outflows with their durability, and re-entries with the revolving-door flag. */
@RestController
@Tag(name = "Uitstroom", description = "Uitstroom, herinstroom, draaideur en duurzaamheid")
class OutflowApiController {

    /** An outflow with its durability (berekend, niet ingevuld) and the re-entry after it. */
    record OutflowResource(@JsonProperty("uitstroom") Outflow outflow, @JsonProperty("duurzaamheid") List<Durable> durability,
                           @JsonProperty("herinstroom") @Nullable ReEntry reEntry) {}

    /** Durability at one moment: null while the moment lies ahead. */
    record Durable(@JsonProperty("maanden") int months, @JsonProperty("peildatum") java.time.LocalDate on,
                   @JsonProperty("uitUitkering") @Nullable Boolean offBenefit, @JsonProperty("aanHetWerk") @Nullable Boolean working) {}

    private final AccessGuard guard;
    private final OutflowService service;

    OutflowApiController(AccessGuard guard, OutflowService service) {
        this.guard = guard;
        this.service = service;
    }

    @GetMapping(path = "/api/v1/werkzoekenden/{clientId}/uitstroom", produces = "application/json")
    @Operation(summary = "De uitstroom van een werkzoekende", description = "Nieuwste eerst, met duurzaamheid na 3, 6 en 12 maanden "
            + "(berekend uit de uitkeringshistorie en de plaatsingen) en de herinstroom die volgde.")
    List<OutflowResource> list(@PathVariable UUID clientId) {
        Access access = guard.require(Permission.CLIENT_READ);
        return service.history(access, new ClientId(clientId)).stream().map(OutflowApiController::resource).toList();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/api/v1/werkzoekenden/{clientId}/uitstroom", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Uitstroom vastleggen", description = "Datum, reden (werk, scholing, verhuizing, samenwonen, pensioen, overig), "
            + "omvang (volledig beëindigt de uitkering; gedeeltelijk is schadelastbeperking) en eventueel de plaatsing.")
    ResponseEntity<Outflow> register(@PathVariable UUID clientId, @RequestBody OutflowForm body) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        Outflow o = service.register(access, new ClientId(clientId), body);
        return ResponseEntity.created(URI.create("/api/v1/werkzoekenden/" + clientId + "/uitstroom")).body(o);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/api/v1/werkzoekenden/{clientId}/herinstroom", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Herinstroom vastleggen", description = "De werkzoekende krijgt weer een uitkering na de laatste uitstroom; binnen "
            + "de draaideurperiode (standaard 12 maanden) wordt dat als draaideur gemarkeerd, met de uitstroom gekoppeld.")
    ResponseEntity<ReEntry> reEnter(@PathVariable UUID clientId, @RequestBody ReEntryForm body) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        ReEntry r = service.reEnter(access, new ClientId(clientId), body);
        return ResponseEntity.created(URI.create("/api/v1/werkzoekenden/" + clientId + "/uitstroom")).body(r);
    }

    static OutflowResource resource(OutflowService.OutflowView v) {
        return new OutflowResource(v.outflow(), v.durability().stream()
                .map(c -> new Durable(c.months(), c.on(), c.offBenefit(), c.working())).toList(), v.reEntry());
    }
}
