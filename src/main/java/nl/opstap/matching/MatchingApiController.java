package nl.opstap.matching;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.client.ClientId;
import nl.opstap.shared.web.ETags;
import nl.opstap.vacancy.VacancyId;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** /api/v1: match lists in both directions, with explanations, and the pairs people decide on. */
@RestController
@Tag(name = "Matching", description = "Kandidaten voor een vacature, vacatures voor een werkzoekende, koppelingen en hun stappen")
class MatchingApiController {

    /** A match list with the filters it was made with. */
    record Results(@JsonProperty("resultaten") List<MatchResult> results, @JsonProperty("filters") MatchFilters filters) {}

    /** A pair to propose. */
    record NewPair(@JsonProperty("werkzoekendeId") @Nullable UUID client, @JsonProperty("vacatureId") @Nullable UUID vacancy) {

        void check() {
            var v = new nl.opstap.shared.domain.Violations(NewPair.class);
            v.check(() -> required("werkzoekendeId", client, "Geef de werkzoekende (werkzoekendeId)."));
            v.check(() -> required("vacatureId", vacancy, "Geef de vacature (vacatureId)."));
            v.throwIfAny();
        }

        private static void required(String field, @Nullable UUID value, String message) {
            if (value == null) {
                throw nl.opstap.shared.domain.RuleViolation.of(NewPair.class, field, "required", message);
            }
        }
    }

    /** A step to take. */
    record NewStep(@JsonProperty("status") @Nullable String status, @JsonProperty("reden") @Nullable String reason) {}

    private final AccessGuard guard;
    private final MatchLists lists;
    private final PairDecisions decisions;
    private final PairViews views;
    private final SearchKeeping searches;

    MatchingApiController(AccessGuard guard, MatchLists lists, PairDecisions decisions, PairViews views, SearchKeeping searches) {
        this.guard = guard;
        this.lists = lists;
        this.decisions = decisions;
        this.views = views;
        this.searches = searches;
    }

    @GetMapping(path = "/api/v1/vacatures/{vacancyId}/kandidaten", produces = "application/json")
    @Operation(summary = "De beste kandidaten voor een vacature", description = "Harde filters worden nooit geschonden; per resultaat "
            + "de bijdrage van elk criterium en de aanwezige en ontbrekende vereiste vaardigheden. Filters: maxAfstandKm, minScore, "
            + "tredeVan, tredeTot, tekst, uitgesloten, inclusiefZorg, aantal (1-200), of zoekopdracht (id). Elke getoonde werkzoekende wordt gelogd.")
    Results candidates(@PathVariable UUID vacancyId, @ParameterObject MatchFilterParams params) {
        Access access = guard.require(Permission.MATCHING);
        MatchFilters filters = filters(access, params);
        return new Results(lists.candidatesFor(access, new VacancyId(vacancyId), filters), filters);
    }

    @GetMapping(path = "/api/v1/werkzoekenden/{clientId}/vacatures", produces = "application/json")
    @Operation(summary = "De beste vacatures voor een werkzoekende", description = "Binnen de reisafstand van de werkzoekende; "
            + "met dezelfde filters en uitleg als de kandidatenlijst.")
    Results vacancies(@PathVariable UUID clientId, @ParameterObject MatchFilterParams params) {
        Access access = guard.require(Permission.MATCHING);
        MatchFilters filters = filters(access, params);
        return new Results(lists.vacanciesFor(access, new ClientId(clientId), filters), filters);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/api/v1/koppelingen", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Een werkzoekende voorstellen voor een vacature", description = "Alleen een open vacature en een werkzoekende "
            + "die aan alle harde eisen voldoet; de opbouw van de score wordt bij de stap vastgelegd.")
    ResponseEntity<PairViews.PairView> propose(@RequestBody NewPair body) {
        Access access = guard.require(Permission.MATCHING);
        body.check();
        Pair pair = decisions.propose(access, new ClientId(body.client()), new VacancyId(body.vacancy()));
        PairViews.PairView view = views.of(access, pair.id());
        return ResponseEntity.created(URI.create("/api/v1/koppelingen/" + pair.id())).eTag(ETags.of(view.version())).body(view);
    }

    @GetMapping(path = "/api/v1/koppelingen/{pairId}", produces = "application/json")
    @Operation(summary = "Een koppeling met al haar stappen", description = "Wie, wanneer, waarom en de opbouw van de score die getoond werd.")
    ResponseEntity<PairViews.PairView> pair(@PathVariable UUID pairId) {
        Access access = guard.require(Permission.MATCHING);
        PairViews.PairView view = views.of(access, pairId);
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    @PostMapping(path = "/api/v1/koppelingen/{pairId}/stappen", consumes = "application/json", produces = "application/json")
    @Operation(summary = "De volgende stap van een koppeling", description = "Met If-Match (de ETag). Ongeschikt en afgewezen vragen een "
            + "reden; voorgedragen kan pas als de werkzoekende toestemming gaf om gegevens met werkgevers te delen.")
    ResponseEntity<PairViews.PairView> step(@PathVariable UUID pairId, @RequestBody NewStep body, @RequestHeader("If-Match") String ifMatch) {
        Access access = guard.require(Permission.MATCHING);
        decisions.advance(access, pairId, ETags.parse(ifMatch), new PairDecisions.StepRequest(body.status(), body.reason()));
        PairViews.PairView view = views.of(access, pairId);
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    private MatchFilters filters(Access access, MatchFilterParams params) {
        UUID saved = params.savedSearchId();
        return saved != null ? searches.filtersOf(access, saved) : params.filters();
    }
}
