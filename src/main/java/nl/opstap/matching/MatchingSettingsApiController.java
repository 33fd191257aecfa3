package nl.opstap.matching;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.client.ClientId;
import nl.opstap.shared.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** /api/v1: a client's consent and skills for matching, and saved match searches. */
@RestController
@Tag(name = "Matching", description = "Kandidaten voor een vacature, vacatures voor een werkzoekende, koppelingen en hun stappen")
class MatchingSettingsApiController {

    /** The consent and skills as the API shows them. */
    record ConsentResource(@JsonProperty("matching") boolean matching, @JsonProperty("delenMetWerkgevers") boolean share,
                           @JsonProperty("gegevenOp") @Nullable LocalDate givenOn, @JsonProperty("vaardigheden") List<String> skills) {}

    /** A search to save: a name, the direction, the municipality, whether the team may use it, and the filters. */
    record NewSearch(@JsonProperty("naam") @Nullable String name, @JsonProperty("richting") @Nullable String direction,
                     @JsonProperty("gemeenteCode") @Nullable String municipality, @JsonProperty("gedeeld") @Nullable Boolean shared,
                     @JsonProperty("filters") @Nullable MatchFilters filters) {}

    private final AccessGuard guard;
    private final CandidateSettings settings;
    private final SearchKeeping searches;

    MatchingSettingsApiController(AccessGuard guard, CandidateSettings settings, SearchKeeping searches) {
        this.guard = guard;
        this.settings = settings;
        this.searches = searches;
    }

    @GetMapping(path = "/api/v1/werkzoekenden/{clientId}/toestemming-matching", produces = "application/json")
    @Operation(summary = "Toestemming en vaardigheden voor matching", description = "De ETag is de versie; 0 als er nog niets is vastgelegd.")
    ResponseEntity<ConsentResource> consent(@PathVariable UUID clientId) {
        Access access = guard.require(Permission.MATCHING);
        CandidateSettings.Settings s = settings.of(MatchAccess.clients(access), new ClientId(clientId));
        return ResponseEntity.ok().eTag(ETags.of(s.consent().map(Consent::version).orElse(0)))
                .body(new ConsentResource(s.consent().map(Consent::matching).orElse(false),
                        s.consent().map(Consent::shareWithEmployers).orElse(false), s.consent().map(Consent::givenOn).orElse(null),
                        s.skillKeys()));
    }

    @PutMapping(path = "/api/v1/werkzoekenden/{clientId}/toestemming-matching", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Toestemming en vaardigheden vastleggen", description = "Met If-Match (0 de eerste keer). competenties: ids van de "
            + "eigen competenties; escoVaardigheden: ESCO-URI's.")
    ResponseEntity<ConsentResource> recordConsent(@PathVariable UUID clientId, @RequestBody ConsentForm body,
                                                  @RequestHeader("If-Match") String ifMatch) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        ConsentForm form = new ConsentForm(body.matching(), body.shareWithEmployers(), body.givenOn(), body.competences(), body.escoSkills(),
                ETags.parse(ifMatch));
        settings.record(access, new ClientId(clientId), form);
        return consent(clientId);
    }

    @GetMapping(path = "/api/v1/matching/zoekopdrachten", produces = "application/json")
    @Operation(summary = "Bewaarde zoekopdrachten", description = "De eigen en de met het team gedeelde; richting kandidaten of vacatures.")
    List<SavedSearches.SavedSearch> searches(@RequestParam(name = "richting", required = false) String direction) {
        Access access = guard.require(Permission.MATCHING);
        return searches.visible(access, SavedSearches.VACANCIES.equals(direction) ? SavedSearches.VACANCIES : SavedSearches.CANDIDATES);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/api/v1/matching/zoekopdrachten", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Een zoekopdracht bewaren", description = "Gebruik haar met ?zoekopdracht={id} op een kandidaten- of vacaturelijst.")
    ResponseEntity<SavedSearches.SavedSearch> save(@RequestBody NewSearch body) {
        Access access = guard.require(Permission.MATCHING);
        MatchFilters filters = body.filters() == null ? MatchFilters.none() : body.filters();
        filters.check();
        SavedSearches.SavedSearch saved = searches.save(access, new SearchKeeping.SaveRequest(body.name(), body.direction(),
                body.municipality(), Boolean.TRUE.equals(body.shared())), filters);
        return ResponseEntity.created(URI.create("/api/v1/matching/zoekopdrachten/" + saved.id())).body(saved);
    }
}
