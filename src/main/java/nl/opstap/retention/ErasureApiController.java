package nl.opstap.retention;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.client.ClientId;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** /api/v1: anonymising a closed file on the person's request (AVG art. 17). */
@RestController
@Tag(name = "Bewaartermijnen", description = "Anonimiseren van dossiers op verzoek (AVG art. 17)")
class ErasureApiController {

    /** The answer: the placeholder keeps its id; nothing of the person is returned. */
    record Anonymisation(@JsonProperty("id") UUID id, @JsonProperty("grond") ErasureGround ground,
                         @JsonProperty("geanonimiseerdOp") Instant at) {}

    private final AccessGuard guard;
    private final ErasureService service;

    ErasureApiController(AccessGuard guard, ErasureService service) {
        this.guard = guard;
        this.service = service;
    }

    @PostMapping(path = "/api/v1/werkzoekenden/{clientId}/anonimisering", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Een gesloten dossier anonimiseren op verzoek", description = "Voor beheerders (AVG art. 17). Grond: "
            + "niet-meer-nodig, toestemming-ingetrokken, bezwaar, onrechtmatig-verwerkt of wettelijke-plicht; kenmerk: het zaaknummer "
            + "van het verzoek; bevestigd: true (dit kan niet ongedaan worden gemaakt). Namen, BSN, adres, contactgegevens en vrije "
            + "teksten verdwijnen; het dossier blijft als 'Geanonimiseerd dossier' met hetzelfde id, zodat de rapportages gelijk "
            + "blijven. Geweigerd (409) zolang er een uitkeringsperiode loopt, en als het dossier al geanonimiseerd is.")
    Anonymisation erase(@PathVariable UUID clientId, @Valid @RequestBody ErasureForm body) {
        Access access = guard.require(Permission.FILE_ERASURE);
        ErasureService.Done done = service.erase(access, new ClientId(clientId), body);
        return new Anonymisation(done.id().value(), done.ground(), done.at());
    }
}
