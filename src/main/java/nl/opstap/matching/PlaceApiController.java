package nl.opstap.matching;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.workshop.MatchPlace;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Matching candidates for a commercial workshop or a temp-agency session in the API (a @RestController: problem+json). */
@RestController
@Tag(name = "Matching")
class PlaceApiController {

    private final AccessGuard guard;
    private final PlaceCandidates places;

    PlaceApiController(AccessGuard guard, PlaceCandidates places) {
        this.guard = guard;
        this.places = places;
    }

    @GetMapping(path = "/api/v1/{kind:werkplaatsen|uitzendsessies}/{placeId}/passende-kandidaten", produces = "application/json")
    @Operation(summary = "De best passende kandidaten voor een werkplaats of uitzendsessie",
            description = "kind: werkplaatsen of uitzendsessies; dezelfde filters en uitleg als de kandidatenlijst van een vacature.")
    MatchingApiController.Results candidates(@PathVariable @Parameter(description = "werkplaatsen of uitzendsessies",
                                                     schema = @Schema(allowableValues = {"werkplaatsen", "uitzendsessies"})) String kind,
                                             @PathVariable UUID placeId,
                                             @ParameterObject MatchFilterParams params) {
        Access access = guard.require(Permission.MATCHING);
        MatchPlace place = places.place(access, placeId, "werkplaatsen".equals(kind));
        MatchFilters filters = params.filters();
        return new MatchingApiController.Results(places.candidatesFor(access, place, filters), filters);
    }
}
