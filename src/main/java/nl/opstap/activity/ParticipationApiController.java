package nl.opstap.activity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
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

/** /api/v1/werkzoekenden/{id}/deelnames: a client's participations in activities. */
@RestController
@RequestMapping(path = "/api/v1/werkzoekenden/{id}/deelnames", produces = "application/json")
@Tag(name = "Activiteiten")
class ParticipationApiController {

    private final AccessGuard guard;
    private final ParticipationService service;

    ParticipationApiController(AccessGuard guard, ParticipationService service) {
        this.guard = guard;
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "De deelnames van een werkzoekende aan activiteiten, nieuwste eerst")
    List<ActivityResources.ParticipationResource> list(@PathVariable UUID id) {
        Access access = guard.require(Permission.CLIENT_READ);
        ClientRef ref = service.client(access, new ClientId(id), ProcessingAction.READ);
        return service.of(access, ref).stream().map(ActivityResources.ParticipationResource::of).toList();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = "application/json")
    @Operation(summary = "Een werkzoekende aanmelden voor een activiteit",
            description = "De activiteit moet actief zijn en bij de organisatie van de werkzoekende horen; een volle activiteit weigert.")
    ResponseEntity<ActivityResources.ParticipationResource> enrol(@PathVariable UUID id, @Valid @RequestBody Enrolment body) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        ParticipationId pid = service.enrol(access, new ClientId(id), body);
        return ResponseEntity.status(HttpStatus.CREATED).body(read(access, id, pid));
    }

    @PostMapping(path = "/{participationId}/afronden", consumes = "application/json")
    @Operation(summary = "Een deelname beëindigen met resultaat",
            description = "resultaat: afgerond, uitgevallen (met uitvalredenId) of doorgestroomd; werkelijkeEinddatum niet in de toekomst.")
    ActivityResources.ParticipationResource end(@PathVariable UUID id, @PathVariable UUID participationId,
                                                @Valid @RequestBody ParticipationEnding body) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        service.end(access, new ClientId(id), new ParticipationId(participationId), body);
        return read(access, id, new ParticipationId(participationId));
    }

    @PostMapping("/{participationId}/annuleren")
    @Operation(summary = "Een geplande deelname annuleren",
            description = "Alleen voor een deelname die nog niet begonnen is: de plaats komt vrij en de deelname telt in geen rapportage mee.")
    ActivityResources.ParticipationResource cancel(@PathVariable UUID id, @PathVariable UUID participationId) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        service.cancel(access, new ClientId(id), new ParticipationId(participationId));
        return read(access, id, new ParticipationId(participationId));
    }

    private ActivityResources.ParticipationResource read(Access access, UUID id, ParticipationId pid) {
        ClientRef ref = service.client(access, new ClientId(id), ProcessingAction.READ);
        return service.of(access, ref).stream().filter(p -> p.id().equals(pid)).findFirst()
                .map(ActivityResources.ParticipationResource::of).orElseThrow();
    }
}
