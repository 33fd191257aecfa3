package nl.opstap.portfolio;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Contact requests for account managers in the API. */
@RestController
@Tag(name = "Contactverzoeken")
class ContactRequestApiController {

    record Resource(@JsonProperty("id") UUID id, @JsonProperty("profielnummer") String number,
                    @JsonProperty("werkgever") String employer, @JsonProperty("werkgeverId") UUID employerId,
                    @JsonProperty("werkzoekendeId") UUID client, @JsonProperty("vacature") @Nullable String vacancy,
                    @JsonProperty("bericht") @Nullable String message, @JsonProperty("status") String status,
                    @JsonProperty("aangevraagdOp") Instant requestedAt, @JsonProperty("versie") int version) {}

    private final AccessGuard guard;
    private final ContactRequestService requests;

    ContactRequestApiController(AccessGuard guard, ContactRequestService requests) {
        this.guard = guard;
        this.requests = requests;
    }

    @GetMapping(path = "/api/v1/contactverzoeken", produces = "application/json")
    List<Resource> list(@RequestParam(name = "alle", defaultValue = "false") boolean all) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        return requests.forManagers(access, !all).stream().map(row -> {
            ContactRequest r = row.request();
            return new Resource(r.id(), r.profileNumber(), row.employer(), r.employer().value(), r.client().value(), row.vacancy(),
                    r.message(), r.status().code(), r.requestedAt(), r.version());
        }).toList();
    }

    @PostMapping(path = "/api/v1/contactverzoeken/{id}/stappen", produces = "application/json")
    Resource step(@PathVariable UUID id, @Valid @RequestBody DecisionForm form) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        ContactRequest r = requests.decide(access, id, ContactRequestController.status(Objects.requireNonNull(form.status())),
                form.note(), form.version());
        return new Resource(r.id(), r.profileNumber(), "", r.employer().value(), r.client().value(), null, r.message(), r.status().code(),
                r.requestedAt(), r.version() + 1);
    }
}
