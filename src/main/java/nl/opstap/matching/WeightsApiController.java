package nl.opstap.matching;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.shared.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** /api/v1/matching/gewichten: the weights of the matching criteria and their history (MATCHING_ADMIN). */
@RestController
@Tag(name = "Matching", description = "Kandidaten voor een vacature, vacatures voor een werkzoekende, koppelingen en hun stappen")
class WeightsApiController {

    /** The weights in force (the same fields as a PUT body), whether the caller may change them, and the latest changes. */
    record WeightsResource(@JsonUnwrapped WeightsBody weights, @JsonProperty("magWijzigen") boolean mayChange,
                           @JsonProperty("wijzigingen") List<ChangeResource> history) {}

    record ChangeResource(@JsonProperty("gewijzigdOp") Instant at, @JsonProperty("gewijzigdDoor") @Nullable String by,
                          @JsonProperty("gewichten") WeightsBody weights) {}

    private final AccessGuard guard;
    private final WeightTuning tuning;

    WeightsApiController(AccessGuard guard, WeightTuning tuning) {
        this.guard = guard;
        this.tuning = tuning;
    }

    @GetMapping(path = "/api/v1/matching/gewichten", produces = "application/json")
    @Operation(summary = "De gewichten van de matchingcriteria", description = "Elk gewicht 0 tot en met 10; 0 zet een criterium uit. "
            + "Met de laatste " + WeightTuning.HISTORY + " wijzigingen, nieuwste eerst. De ETag is het aantal wijzigingen tot nu toe; "
            + "geef die bij wijzigen mee in If-Match.")
    ResponseEntity<WeightsResource> get() {
        Access access = guard.require(Permission.MATCHING_ADMIN);
        WeightTuning.State state = tuning.state(access);
        return ResponseEntity.ok().eTag(ETags.of(state.version())).body(new WeightsResource(WeightsBody.of(state.current()),
                state.mayChange(), state.history().stream().map(c -> new ChangeResource(c.at(), c.by(), WeightsBody.of(c.weights())))
                        .toList()));
    }

    @PutMapping(path = "/api/v1/matching/gewichten", consumes = "application/json", produces = "application/json")
    @Operation(summary = "De gewichten wijzigen", description = "Alle negen gewichten, elk 0 tot en met 10 met hooguit twee decimalen, "
            + "met If-Match (een verouderde versie geeft 412). De gewichten gelden voor alle gemeenten; alleen wie ze in alle gemeenten "
            + "mag beheren, kan ze wijzigen (anders 403). De volgende match gebruikt ze; eerdere beslissingen houden hun eigen uitleg.")
    ResponseEntity<WeightsResource> put(@Valid @RequestBody WeightsBody body, @RequestHeader("If-Match") String ifMatch) {
        Access access = guard.require(Permission.MATCHING_ADMIN);
        tuning.save(access, body.weights(), ETags.parse(ifMatch));
        return get();
    }
}
