package nl.opstap.matching;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.Violations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/** Keeping, sharing and applying saved match searches. They hold filters only, never a client. */
@Service
class SearchKeeping {

    /** A search to save as the screen and the API ask for it. */
    record SaveRequest(@Nullable String name, @Nullable String direction, @Nullable String municipality, boolean shared) {}

    private final SavedSearches searches;
    private final Clock clock;

    SearchKeeping(SavedSearches searches, Clock clock) {
        this.searches = searches;
        this.clock = clock;
    }

    List<SavedSearches.SavedSearch> visible(Access access, String direction) {
        return searches.visible(access.scope(), access.user().id().value(), direction);
    }

    /** The filters of a saved search the user may see, checked like filters typed in. */
    MatchFilters filtersOf(Access access, UUID id) {
        SavedSearches.SavedSearch s = searches.find(access.scope(), access.user().id().value(), id)
                .orElseThrow(() -> RuleViolation.of(MatchFilters.class, "zoekopdracht", "unknown", "Onbekende bewaarde zoekopdracht."));
        var params = UriComponentsBuilder.newInstance().query(s.query()).build().getQueryParams();
        java.util.function.Function<String, @Nullable String> first = k -> decode(params.getFirst(k));
        List<String> excluded = params.getOrDefault("uitgesloten", List.of()).stream().map(SearchKeeping::decode).toList();
        return new MatchFilterParams(first.apply("maxAfstandKm"), first.apply("minScore"), first.apply("tredeVan"),
                first.apply("tredeTot"), first.apply("tekst"), excluded, first.apply("inclusiefZorg"), first.apply("aantal"), null).filters();
    }

    @Transactional
    SavedSearches.SavedSearch save(Access access, SaveRequest request, MatchFilters filters) {
        Violations v = new Violations(SaveRequest.class);
        v.check(() -> {
            if (request.name() == null || request.name().isBlank() || request.name().strip().length() > 100) {
                throw RuleViolation.of(SaveRequest.class, "naam", "required", "Geef de zoekopdracht een naam van hoogstens 100 tekens.");
            }
        });
        v.check(() -> {
            if (!SavedSearches.CANDIDATES.equals(request.direction()) && !SavedSearches.VACANCIES.equals(request.direction())) {
                throw RuleViolation.of(SaveRequest.class, "richting", "unknown", "Kies kandidaten of vacatures.");
            }
        });
        v.check(() -> {
            if (request.municipality() == null || !MunicipalityCode.isValid(request.municipality())
                    || !access.scope().contains(new MunicipalityCode(request.municipality()))) {
                throw RuleViolation.of(SaveRequest.class, "gemeenteCode", "unknown", "Kies een gemeente waarvoor u mag matchen.");
            }
        });
        v.throwIfAny();
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        MatchFilterParams.of(filters).forEach((k, value) -> {
            if (value instanceof List<?> list) {
                list.forEach(item -> query.queryParam(k, item));
            } else if (!"".equals(value) && !Boolean.FALSE.equals(value)) {
                query.queryParam(k, value);
            }
        });
        String encoded = query.encode().build().getQuery();
        SavedSearches.SavedSearch s = new SavedSearches.SavedSearch(UUID.randomUUID(), request.municipality(), request.name().strip(),
                request.direction(), request.shared(), encoded == null ? "" : encoded, access.user().id().value());
        searches.insert(s, clock.instant());
        return s;
    }

    private static @Nullable String decode(@Nullable String value) {
        return value == null ? null : java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Transactional
    void delete(Access access, UUID id) {
        if (!searches.delete(access.user().id().value(), id)) {
            throw new NotFoundException("Zoekopdracht");
        }
    }
}
