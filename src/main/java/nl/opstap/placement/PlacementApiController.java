package nl.opstap.placement;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.client.ClientId;
import nl.opstap.shared.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** /api/v1: a client's placements and a placement with its follow-up contacts. */
@RestController
@Tag(name = "Plaatsingen", description = "Plaatsingen met een jaar nazorg")
class PlacementApiController {

    /** A placement with its planned and held follow-up contacts. */
    record PlacementResource(@JsonProperty("plaatsing") Placement placement, @JsonProperty("nazorg") List<Placement.FollowUp> followUps,
                             @JsonProperty("heropendeOndersteuning") List<Reopened> reopened) {}

    /** Support reopened after a signal; open while {@code gesloten} is null. */
    record Reopened(@JsonProperty("id") UUID id, @JsonProperty("nazorgId") UUID followUp, @JsonProperty("heropend") LocalDate reopenedOn,
                    @JsonProperty("gesloten") @Nullable LocalDate closedOn) {}

    private final AccessGuard guard;
    private final PlacementService service;
    private final FollowUpService followUps;

    PlacementApiController(AccessGuard guard, PlacementService service, FollowUpService followUps) {
        this.guard = guard;
        this.service = service;
        this.followUps = followUps;
    }

    @GetMapping(path = "/api/v1/werkzoekenden/{clientId}/plaatsingen", produces = "application/json")
    @Operation(summary = "De plaatsingen van een werkzoekende", description = "Nieuwste eerst.")
    List<Placement> list(@PathVariable UUID clientId) {
        Access access = guard.require(Permission.CLIENT_READ);
        return service.ofClient(access, new ClientId(clientId));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/api/v1/werkzoekenden/{clientId}/plaatsingen", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Een plaatsing vastleggen", description = "Soorten in de volgorde waarin ze overwogen moeten worden (regulier-werk, "
            + "afspraakbaan, scholing, werkervaringsplaats, detachering, beschut-werk, dagbesteding); bij alles behalve regulier werk "
            + "waaromNietHoger. De nazorg (standaard 1, 3, 6, 9 en 12 maanden, met werkgever en werkzoekende) wordt meteen gepland. "
            + "Met koppelingId (een aangenomen koppeling) komen vacature en werkgever uit de koppeling.")
    ResponseEntity<PlacementResource> register(@PathVariable UUID clientId, @RequestBody PlacementForm body) {
        Access access = guard.require(Permission.PLACEMENT_WRITE);
        Placement p = service.register(access, new ClientId(clientId), body);
        return ResponseEntity.created(URI.create("/api/v1/plaatsingen/" + p.id())).eTag(ETags.of(p.version())).body(resource(p));
    }

    @PostMapping(path = "/api/v1/plaatsingen/{placementId}/nazorg/{followUpId}", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Een nazorgcontact vastleggen", description = "De datum (vanaf de start, niet in de toekomst), de uitkomst en of het "
            + "een signaal is. Geeft de plaatsing met haar nazorg terug.")
    ResponseEntity<PlacementResource> recordFollowUp(@PathVariable UUID placementId, @PathVariable UUID followUpId,
                                                     @RequestBody FollowUpRecord body) {
        Access access = guard.require(Permission.PLACEMENT_WRITE);
        followUps.record(access, placementId, followUpId, body);
        return get(placementId);
    }

    @PostMapping(path = "/api/v1/plaatsingen/{placementId}/beeindiging", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Een plaatsing beëindigen", description = "Einddatum (niet vóór de start) en reden. De nazorg loopt door.")
    ResponseEntity<PlacementResource> end(@PathVariable UUID placementId, @RequestBody PlacementEnding body) {
        Access access = guard.require(Permission.PLACEMENT_WRITE);
        service.end(access, placementId, body);
        return get(placementId);
    }

    @PostMapping(path = "/api/v1/plaatsingen/{placementId}/heropende-ondersteuning/{reopeningId}/afsluiting", produces = "application/json")
    @Operation(summary = "Heropende ondersteuning afsluiten", description = "Na een signaal heropende ondersteuning is afgehandeld.")
    ResponseEntity<PlacementResource> close(@PathVariable UUID placementId, @PathVariable UUID reopeningId) {
        Access access = guard.require(Permission.PLACEMENT_WRITE);
        followUps.close(access, placementId, reopeningId);
        return get(placementId);
    }

    @GetMapping(path = "/api/v1/plaatsingen/{placementId}", produces = "application/json")
    @Operation(summary = "Een plaatsing met haar nazorg")
    ResponseEntity<PlacementResource> get(@PathVariable UUID placementId) {
        Access access = guard.require(Permission.CLIENT_READ);
        Placement p = service.read(access, placementId);
        return ResponseEntity.ok().eTag(ETags.of(p.version())).body(resource(p));
    }

    private PlacementResource resource(Placement p) {
        return new PlacementResource(p, service.followUps(p.id()), followUps.reopenings(p.id()).stream()
                .map(r -> new Reopened(r.id(), r.followUp(), r.reopenedOn(), r.closedOn())).toList());
    }
}
