package nl.opstap.placement;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** /api/v1/nazorg: follow-up contacts due and overdue, a jobcoach's own or all in the caller's municipalities. */
@RestController
@Tag(name = "Plaatsingen", description = "Plaatsingen met een jaar nazorg")
class FollowUpApiController {

    /** A follow-up contact still to hold. */
    record DueContact(@JsonProperty("nazorgId") UUID followUp, @JsonProperty("plaatsingId") UUID placement,
                      @JsonProperty("werkzoekendeId") UUID client, @JsonProperty("gemeenteCode") String municipality,
                      @JsonProperty("soort") PlacementType type, @JsonProperty("maandenNaStart") int months, @JsonProperty("met") String party,
                      @JsonProperty("gepland") LocalDate due, @JsonProperty("teLaat") boolean overdue,
                      @JsonProperty("jobcoachId") @Nullable UUID jobcoach) {}

    private final AccessGuard guard;
    private final FollowUpService service;

    FollowUpApiController(AccessGuard guard, FollowUpService service) {
        this.guard = guard;
        this.service = service;
    }

    @GetMapping(path = "/api/v1/nazorg", produces = "application/json")
    @Operation(summary = "Nazorgcontacten die eraan komen of te laat zijn", description = "Standaard de eigen plaatsingen van de jobcoach "
            + "(alle=true: alle plaatsingen in uw gemeenten); vooruitkijken 0 tot en met 90 dagen (standaard 14). Te laat eerst.")
    List<DueContact> due(@RequestParam(name = "alle", defaultValue = "false") boolean all,
                         @RequestParam(name = "vooruitkijken", defaultValue = "14") int lookAhead) {
        Access access = guard.require(Permission.CLIENT_READ);
        if (lookAhead < 0 || lookAhead > 90) {
            throw RuleViolation.of(null, "vooruitkijken", "range", "Kijk 0 tot en met 90 dagen vooruit.");
        }
        return service.due(access, all ? null : access.user().id().value(), lookAhead).stream()
                .map(l -> new DueContact(l.due().followUp(), l.due().placement(), l.due().client(), l.due().municipality(), l.due().type(),
                        l.due().months(), l.due().party(), l.due().due(), l.overdue(), l.due().jobcoach())).toList();
    }
}
