package nl.opstap.vacancy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.opstap.employer.EmployerId;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.Violations;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.BindParam;

/** The query of the vacancy list screen, as typed: numbers are parsed here so a typo gets a Dutch message, not an error page. */
record VacancyListParams(@BindParam("zoek") @Nullable String text, @BindParam("sector") @Nullable String sector,
                         @BindParam("postcode") @Nullable String postcode, @BindParam("afstandKm") @Nullable String distance,
                         @BindParam("urenMin") @Nullable String hoursMin, @BindParam("urenMax") @Nullable String hoursMax,
                         @BindParam("status") @Nullable String status, @BindParam("werkgeverId") @Nullable String employerId,
                         @BindParam("pagina") @Nullable String page) {

    /** The search these parameters ask for; every unreadable value is reported together. */
    VacancySearch search() {
        Violations problems = new Violations(null);
        Integer km = problems.value(() -> number("afstandKm", distance));
        Integer min = problems.value(() -> number("urenMin", hoursMin));
        Integer max = problems.value(() -> number("urenMax", hoursMax));
        VacancyStatus parsed = problems.value(() -> VacancyStatus.parse(status));
        UUID chosen = problems.value(this::employer);
        problems.throwIfAny();
        return new VacancySearch(VacancySearch.blankToNull(sector), VacancySearch.blankToNull(postcode), km, min, max, parsed,
                chosen == null ? null : new EmployerId(chosen), VacancySearch.blankToNull(text));
    }

    /** The employer filter, if one was given. */
    @Nullable UUID employer() {
        if (employerId == null || employerId.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(employerId.strip());
        } catch (IllegalArgumentException e) {
            throw RuleViolation.of(null, "werkgeverId", "unknown", "Onbekende werkgever.");
        }
    }

    /** The page asked for; anything unreadable is the first page. */
    int pageNumber() {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The parameters for the pager links, blanks as empty strings. */
    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("zoek", blank(text));
        map.put("sector", blank(sector));
        map.put("postcode", blank(postcode));
        map.put("afstandKm", blank(distance));
        map.put("urenMin", blank(hoursMin));
        map.put("urenMax", blank(hoursMax));
        map.put("status", blank(status));
        map.put("werkgeverId", blank(employerId));
        return map;
    }

    private static String blank(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static @Nullable Integer number(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw RuleViolation.of(null, field, "number", "Geef een heel getal.");
        }
    }
}
