package nl.opstap.portfolio;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.employer.EmployerId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The job seeker's consents in the API (own file only). */
@RestController
@Tag(name = "Mijn toestemmingen")
class ConsentApiController {

    /** The consents as the job seeker sees them. */
    record Consents(@JsonProperty("profielGepubliceerd") boolean published, @JsonProperty("profiel") @Nullable ProfileCard profile,
                    @JsonProperty("werkgevers") List<Choice> employers, @JsonProperty("geschiedenis") List<ConsentRecord> history) {}

    record Choice(@JsonProperty("werkgeverId") UUID id, @JsonProperty("naam") String name, @JsonProperty("toestemming") boolean allowed) {}

    record EmployerConsent(@JsonProperty("toestemming") boolean given) {}

    private final AccessGuard guard;
    private final ConsentService consents;

    ConsentApiController(AccessGuard guard, ConsentService consents) {
        this.guard = guard;
        this.consents = consents;
    }

    @GetMapping(path = "/api/v1/mijn/toestemmingen", produces = "application/json")
    Consents get() {
        Access access = guard.require(Permission.OWN_FILE);
        return view(consents.overview(access));
    }

    @PutMapping(path = "/api/v1/mijn/toestemmingen/profiel", produces = "application/json")
    ProfileCard publish(@Valid @RequestBody PublishForm form) {
        Access access = guard.require(Permission.OWN_FILE);
        return consents.publish(access, form.pitch());
    }

    @DeleteMapping("/api/v1/mijn/toestemmingen/profiel")
    ResponseEntity<Void> withdraw() {
        Access access = guard.require(Permission.OWN_FILE);
        consents.withdraw(access);
        return ResponseEntity.noContent().build();
    }

    @PutMapping(path = "/api/v1/mijn/toestemmingen/werkgevers/{employerId}", produces = "application/json")
    Consents employer(@PathVariable UUID employerId, @RequestBody EmployerConsent body) {
        Access access = guard.require(Permission.OWN_FILE);
        consents.setEmployer(access, new EmployerId(employerId), body.given());
        return view(consents.overview(access));
    }

    private static Consents view(ConsentService.Overview o) {
        return new Consents(o.published(), o.profile().orElse(null),
                o.employers().stream().map(e -> new Choice(e.id().value(), e.name(), e.allowed())).toList(), o.history());
    }
}
