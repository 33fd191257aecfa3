package nl.opstap.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.opstap.access.Access;
import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.Municipality;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Turns a report's parameters into a checked {@link ReportRequest} for the caller's scope. */
@Component
class ReportRequests {

    private final Municipalities municipalities;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReportRequests(Municipalities municipalities, JdbcClient jdbc, Clock clock) {
        this.municipalities = municipalities;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    ReportRequest resolve(Access access, @Nullable String date, @Nullable String from, @Nullable String to,
                          @Nullable List<String> codes) {
        return ReportRequest.of(date, from, to, codes, new ReportRequest.Context(access.scope(), municipalities::find,
                today(), this::firstData));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** "IGSD" when the request covers exactly one organisation's municipalities, as the seed's first column; else "Totaal". */
    String totalLabel(ReportRequest request) {
        List<Municipality> asked = request.municipalities();
        if (asked.isEmpty()) {
            return "Totaal";
        }
        Municipality first = asked.getFirst();
        boolean oneOrganisation = asked.stream().allMatch(m -> m.organisationId().equals(first.organisationId()));
        long ofOrganisation = municipalities.all().stream().filter(m -> m.organisationId().equals(first.organisationId())).count();
        return oneOrganisation && ofOrganisation == asked.size() && asked.size() > 1 ? first.organisationName() : "Totaal";
    }

    /** The first day any situation or perspective holds in these municipalities (index look-ups, one per code and kind). */
    private Optional<LocalDate> firstData(List<Municipality> asked) {
        return asked.stream().flatMap(m -> List.of("SITUATION", "PERSPECTIVE").stream()
                        .map(kind -> jdbc.sql("SELECT MIN(valid_from) FROM report_fact WHERE municipality_code = ? AND kind = ?")
                                .params(m.code().value(), kind).query(LocalDate.class).optional().orElse(null)))
                .filter(Objects::nonNull).min(LocalDate::compareTo);
    }
}
