package nl.opstap.obligation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** /api/v1/werkzoekenden/{id}/verplichtingen, /ontheffingen, /signalen, /maatregelen, /premies. */
@RestController
@RequestMapping(path = "/api/v1/werkzoekenden/{id}", produces = "application/json")
@Tag(name = "Verplichtingen", description = "Verplichtingen, ontheffingen, signalen, maatregelen en premies. "
        + "Signalen en maatregelen zijn alleen toegankelijk met de bevoegdheid voor signalen (consulent, teamleider).")
class ObligationApiController {

    private final AccessGuard guard;
    private final ObligationService service;

    ObligationApiController(AccessGuard guard, ObligationService service) {
        this.guard = guard;
        this.service = service;
    }

    @GetMapping("/verplichtingen")
    @Operation(summary = "De verplichtingen van een werkzoekende")
    List<ObligationResources.ObligationResource> obligations(@PathVariable UUID id) {
        return read(id, Permission.CLIENT_READ, v -> v.obligations().stream().map(ObligationResources.ObligationResource::of).toList());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/verplichtingen", consumes = "application/json")
    @Operation(summary = "Een verplichting vastleggen", description = "soort: arbeidsverplichting, participatieverplichting, tegenprestatie of taaleis.")
    ResponseEntity<Created> addObligation(@PathVariable UUID id, @Valid @RequestBody Forms.ObligationForm body) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        return created(id, "verplichtingen", service.addObligation(access, new ClientId(id), body));
    }

    @GetMapping("/ontheffingen")
    @Operation(summary = "De ontheffingen van een werkzoekende, met herbeoordelingsdatum")
    List<ObligationResources.ExemptionResource> exemptions(@PathVariable UUID id) {
        return read(id, Permission.CLIENT_READ, v -> v.exemptions().stream().map(ObligationResources.ExemptionResource::of).toList());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/ontheffingen", consumes = "application/json")
    @Operation(summary = "Een ontheffing vastleggen", description = "De herbeoordelingsdatum is verplicht en ligt niet vóór de ingangsdatum.")
    ResponseEntity<Created> addExemption(@PathVariable UUID id, @Valid @RequestBody Forms.ExemptionForm body) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        return created(id, "ontheffingen", service.addExemption(access, new ClientId(id), body));
    }

    @PostMapping(path = "/ontheffingen/{exemptionId}/herbeoordeling", consumes = "application/json")
    @Operation(summary = "Een herbeoordeling van een ontheffing vastleggen",
            description = "uitkomst 'verlengd' met volgendeHerbeoordeling, of 'beeindigd' met eindigtOp. Daarna staat de "
                    + "herbeoordeling niet meer op de werklijst.")
    ResponseEntity<Void> recheck(@PathVariable UUID id, @PathVariable UUID exemptionId, @Valid @RequestBody Forms.RecheckForm body) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        service.recheckExemption(access, new ClientId(id), exemptionId, body);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/signalen")
    @Operation(summary = "De signalen (verwijtbaar gedrag, fraudesignaal) van een werkzoekende", description = "Alleen met de bevoegdheid voor signalen.")
    List<ObligationResources.SignalResource> signals(@PathVariable UUID id) {
        return read(id, Permission.SIGNALS, v -> v.signals().stream().map(ObligationResources.SignalResource::of).toList());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/signalen", consumes = "application/json")
    @Operation(summary = "Een signaal vastleggen", description = "Vereist schrijfrechten op het dossier én de bevoegdheid voor signalen.")
    ResponseEntity<Created> addSignal(@PathVariable UUID id, @Valid @RequestBody Forms.SignalForm body) {
        Access access = guard.require(Permission.SIGNALS);
        Access write = guard.require(Permission.CLIENT_WRITE);
        service.client(access, new ClientId(id), ProcessingAction.CREATE);
        return created(id, "signalen", service.addSignal(write, new ClientId(id), body));
    }

    @PostMapping(path = "/signalen/{signalId}/afhandelen", consumes = "application/json")
    @Operation(summary = "Een signaal afhandelen")
    ResponseEntity<Void> handleSignal(@PathVariable UUID id, @PathVariable UUID signalId, @Valid @RequestBody Forms.SignalHandling body) {
        Access access = guard.require(Permission.SIGNALS);
        Access write = guard.require(Permission.CLIENT_WRITE);
        service.client(access, new ClientId(id), ProcessingAction.UPDATE);
        service.handleSignal(write, new ClientId(id), signalId, body);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/maatregelen")
    @Operation(summary = "De maatregelen van een werkzoekende", description = "Alleen met de bevoegdheid voor signalen.")
    List<ObligationResources.MeasureResource> measures(@PathVariable UUID id) {
        return read(id, Permission.SIGNALS, v -> v.measures().stream().map(ObligationResources.MeasureResource::of).toList());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/maatregelen", consumes = "application/json")
    @Operation(summary = "Een maatregel vastleggen bij een signaal",
            description = "Waarschuwing: percentage 0; verlaging of boete: 1 tot 100. Besluitdatum niet in de toekomst en niet vóór het signaal.")
    ResponseEntity<Created> addMeasure(@PathVariable UUID id, @Valid @RequestBody Forms.MeasureForm body) {
        Access access = guard.require(Permission.SIGNALS);
        Access write = guard.require(Permission.CLIENT_WRITE);
        service.client(access, new ClientId(id), ProcessingAction.CREATE);
        return created(id, "maatregelen", service.addMeasure(write, new ClientId(id), body));
    }

    @GetMapping("/premies")
    @Operation(summary = "De werkbonussen en premies van een werkzoekende")
    List<ObligationResources.BonusResource> bonuses(@PathVariable UUID id) {
        return read(id, Permission.CLIENT_READ, v -> v.bonuses().stream().map(ObligationResources.BonusResource::of).toList());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/premies", consumes = "application/json")
    @Operation(summary = "Een werkbonus of premie vastleggen", description = "bedrag in euro's, groter dan 0; datum niet in de toekomst.")
    ResponseEntity<Created> addBonus(@PathVariable UUID id, @Valid @RequestBody Forms.BonusForm body) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        return created(id, "premies", service.addBonus(access, new ClientId(id), body));
    }

    /** The id of what was created. */
    record Created(@com.fasterxml.jackson.annotation.JsonProperty("id") UUID id) {}

    private <T> T read(UUID id, Permission permission, Function<ObligationView, T> part) {
        Access access = guard.require(permission);
        ClientRef ref = service.client(access, new ClientId(id), ProcessingAction.READ);
        return part.apply(service.view(access, ref));
    }

    private static ResponseEntity<Created> created(UUID client, String collection, UUID id) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(id));
    }
}
