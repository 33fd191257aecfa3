package nl.opstap.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.client.ClientId;
import nl.opstap.shared.web.ETags;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** /api/v1/werkzoekenden/{id}/plan: the Plan van Perspectief in the API. */
@RestController
@RequestMapping(path = "/api/v1/werkzoekenden/{id}/plan", produces = "application/json")
@Tag(name = "Plan van Perspectief", description = "Doelen, afspraken en stappen; elke vastgestelde, herziene of afgesloten versie blijft bewaard")
class PlanApiController {

    private final AccessGuard guard;
    private final PlanService service;
    private final PlanPdf pdf;

    PlanApiController(AccessGuard guard, PlanService service, PlanPdf pdf) {
        this.guard = guard;
        this.service = service;
        this.pdf = pdf;
    }

    @GetMapping
    @Operation(summary = "Het huidige plan", description = "De ETag is de versie voor optimistische vergrendeling; geef die bij wijzigen mee in If-Match.")
    ResponseEntity<PlanResource> get(@PathVariable UUID id) {
        Access access = guard.require(Permission.CLIENT_READ);
        return answer(new ClientId(id), service.read(access, new ClientId(id)).required());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = "application/json")
    @Operation(summary = "Een nieuw plan opstellen (concept)", description = "Kan alleen als er geen plan is of het vorige is afgesloten.")
    ResponseEntity<PlanResource> start(@PathVariable UUID id, @Valid @RequestBody PlanContent body) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        Plan plan = service.start(access, new ClientId(id), body);
        return ResponseEntity.created(URI.create("/api/v1/werkzoekenden/" + id + "/plan")).eTag(ETags.of(0))
                .body(PlanResource.of(new ClientId(id), plan, plan.current()));
    }

    @PutMapping(consumes = "application/json")
    @Operation(summary = "Het concept wijzigen", description = "Alleen een concept; een vastgesteld plan herziet u met POST .../plan/herzien.")
    ResponseEntity<PlanResource> edit(@PathVariable UUID id, @Valid @RequestBody PlanContent body,
                                      @RequestHeader("If-Match") String ifMatch) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        return answer(new ClientId(id), service.edit(access, new ClientId(id), body, ETags.parse(ifMatch)));
    }

    @PostMapping(path = "/vaststellen", consumes = "application/json")
    @Operation(summary = "Het concept vaststellen", description = "Vereist minstens één doel. datum (standaard vandaag) ligt niet in de toekomst.")
    ResponseEntity<PlanResource> approve(@PathVariable UUID id, @Valid @RequestBody TransitionForm body,
                                         @RequestHeader("If-Match") String ifMatch) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        return answer(new ClientId(id), service.approve(access, new ClientId(id), ETags.parse(ifMatch), body.on()));
    }

    @PostMapping(path = "/herzien", consumes = "application/json")
    @Operation(summary = "Een vastgesteld plan herzien", description = "Legt de nieuwe inhoud vast als nieuwe versie met status herzien; reden is verplicht.")
    ResponseEntity<PlanResource> revise(@PathVariable UUID id, @Valid @RequestBody PlanResource.Revision body,
                                        @RequestHeader("If-Match") String ifMatch) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        PlanContent content = body.content() == null ? PlanContent.empty() : body.content();
        return answer(new ClientId(id), service.revise(access, new ClientId(id), content, ETags.parse(ifMatch), body.reason(), body.on()));
    }

    @PostMapping(path = "/afsluiten", consumes = "application/json")
    @Operation(summary = "Het plan afsluiten", description = "Met reden en datum (standaard vandaag); daarna is niets meer te wijzigen.")
    ResponseEntity<PlanResource> close(@PathVariable UUID id, @Valid @RequestBody TransitionForm body,
                                       @RequestHeader("If-Match") String ifMatch) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        return answer(new ClientId(id), service.close(access, new ClientId(id), ETags.parse(ifMatch), body.reason(), body.on()));
    }

    @GetMapping("/versies")
    @Operation(summary = "Alle versies van het huidige plan, de nieuwste eerst")
    PlanResource.Versions versions(@PathVariable UUID id) {
        Access access = guard.require(Permission.CLIENT_READ);
        Plan plan = service.read(access, new ClientId(id)).required();
        return new PlanResource.Versions(plan.versions().reversed().stream().map(PlanResource.Version::of).toList());
    }

    @GetMapping("/versies/{number}")
    @Operation(summary = "Eén versie van het plan, zoals die is vastgelegd")
    PlanResource version(@PathVariable UUID id, @PathVariable int number) {
        Access access = guard.require(Permission.CLIENT_READ);
        Plan plan = service.read(access, new ClientId(id)).required();
        return PlanResource.of(new ClientId(id), plan, plan.version(number));
    }

    @GetMapping(path = "/pdf", produces = "application/pdf")
    @Operation(summary = "Het plan als PDF om te ondertekenen", description = "Met naam en geboortedatum, zonder BSN.")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        Access access = guard.require(Permission.CLIENT_READ);
        PlanService.PlanOfClient read = service.read(access, new ClientId(id));
        return pdf.response(read, read.required().current());
    }

    @GetMapping(path = "/versies/{number}/pdf", produces = "application/pdf")
    @Operation(summary = "Eén versie van het plan als PDF")
    ResponseEntity<byte[]> versionPdf(@PathVariable UUID id, @PathVariable int number) {
        Access access = guard.require(Permission.CLIENT_READ);
        PlanService.PlanOfClient read = service.read(access, new ClientId(id));
        return pdf.response(read, read.required().version(number));
    }

    private ResponseEntity<PlanResource> answer(ClientId client, Plan plan) {
        return ResponseEntity.ok().eTag(ETags.of(plan.lockVersion())).body(PlanResource.of(client, plan, plan.current()));
    }
}
