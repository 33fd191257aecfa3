package nl.opstap.employer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** /api/v1/convenanten and /api/v1/werkgevers/werklijst. */
@RestController
@Tag(name = "Werkgevers", description = "Werkgevers, contactpersonen en contactmomenten (werkgeversdienstverlening)")
class CrmApiController {

    private final AccessGuard guard;
    private final EmployerWork work;

    CrmApiController(AccessGuard guard, EmployerWork work) {
        this.guard = guard;
        this.work = work;
    }

    @GetMapping(path = "/api/v1/werkgevers/werklijst", produces = "application/json")
    @Operation(summary = "De werklijst van de accountmanager", description = "Vervolgacties die vandaag of eerder vervallen, en eigen werkgevers "
            + "zonder contact in de laatste maanden (standaard opstap.employer.stale-after).")
    EmployerResources.WorklistResource worklist(@RequestParam(name = "maanden", required = false) @Nullable Integer months) {
        Access access = guard.require(Permission.EMPLOYER_READ);
        return EmployerResources.WorklistResource.of(work.worklist(access, months));
    }

    @GetMapping(path = "/api/v1/convenanten", produces = "application/json")
    @Operation(summary = "De convenanten van uw organisatie(s)")
    List<EmployerResources.AgreementResource> agreements() {
        Access access = guard.require(Permission.EMPLOYER_READ);
        return work.agreements(access).stream().map(EmployerResources.AgreementResource::of).toList();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/api/v1/convenanten", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Een convenant vastleggen", description = "einddatum niet vóór begindatum; organisatieId als u voor meer organisaties werkt.")
    ResponseEntity<List<EmployerResources.AgreementResource>> add(@RequestParam(name = "organisatieId", required = false) @Nullable UUID organisation,
                                                                  @Valid @RequestBody AgreementForm body) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        work.addAgreement(access, organisation, body);
        return ResponseEntity.status(201).body(work.agreements(access).stream().map(EmployerResources.AgreementResource::of).toList());
    }
}
