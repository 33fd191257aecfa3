package nl.opstap.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.opstap.access.Scope;
import nl.opstap.organisation.Municipality;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.Violations;
import org.jspecify.annotations.Nullable;

/**
 * Rule: what a report is asked for. The reference date (peildatum, default today) lies neither in the future nor
 * before the first data of the municipalities asked for; the period (van, tot: default the reference date's year up to
 * it) ends on or before the reference date and spans at most {@value #MAX_YEARS} years; the municipalities (default:
 * all the caller may see) are known codes in the caller's scope. Each problem names its parameter.
 */
record ReportRequest(LocalDate referenceDate, LocalDate from, LocalDate to, List<Municipality> municipalities) {

    static final String DATE = "peildatum";
    static final String FROM = "van";
    static final String TO = "tot";
    static final String MUNICIPALITIES = "gemeenten";
    static final int MAX_YEARS = 10;

    /** A municipality the caller may not see was asked for (403, not 400: the request is understood, not allowed). */
    static final class NotAllowed extends RuntimeException {
        NotAllowed(String message) {
            super(message);
        }
    }

    /** Where the rule finds what it checks against. */
    record Context(Scope scope, Function<MunicipalityCode, Optional<Municipality>> known, LocalDate today,
                   Function<List<Municipality>, Optional<LocalDate>> firstData) {}

    static ReportRequest of(@Nullable String date, @Nullable String from, @Nullable String to, @Nullable List<String> codes,
                            Context context) {
        Violations v = new Violations(null);
        LocalDate referenceDate = v.value(() -> date(DATE, date, context.today(), "de peildatum"));
        List<Municipality> municipalities = v.value(() -> municipalities(codes, context));
        v.throwIfAny();
        v.check(() -> notFuture(referenceDate, context.today()));
        v.check(() -> notBeforeData(referenceDate, municipalities, context));
        LocalDate end = v.value(() -> date(TO, to, referenceDate, "de einddatum"));
        LocalDate start = v.value(() -> date(FROM, from, end == null ? referenceDate.withDayOfYear(1) : end.withDayOfYear(1),
                "de begindatum"));
        v.throwIfAny();
        checkPeriod(start, end, referenceDate);
        return new ReportRequest(referenceDate, start, end, municipalities);
    }

    ReportParams params() {
        return new ReportParams(referenceDate, from, to, codes());
    }

    /** The municipalities asked for, per service organisation (formation and targets are an organisation's). */
    java.util.Map<nl.opstap.organisation.OrganisationId, List<Municipality>> byOrganisation() {
        java.util.Map<nl.opstap.organisation.OrganisationId, List<Municipality>> grouped = new java.util.LinkedHashMap<>();
        municipalities.forEach(m -> grouped.computeIfAbsent(m.organisationId(), k -> new ArrayList<>()).add(m));
        return grouped;
    }

    List<String> codes() {
        return municipalities.stream().map(m -> m.code().value()).toList();
    }

    private static void checkPeriod(LocalDate start, LocalDate end, LocalDate referenceDate) {
        if (end.isAfter(referenceDate)) {
            throw RuleViolation.of(null, TO, "range", "De einddatum ligt na de peildatum; kies een einddatum op of vóór de peildatum.");
        }
        if (end.isBefore(start)) {
            throw RuleViolation.of(null, TO, "order", "De einddatum ligt vóór de begindatum.");
        }
        if (!end.isBefore(start.plusYears(MAX_YEARS))) {
            throw RuleViolation.of(null, FROM, "range", "Kies een periode van hoogstens " + MAX_YEARS + " jaar.");
        }
    }

    private static void notFuture(LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw RuleViolation.of(null, DATE, "future", "De peildatum ligt in de toekomst; kies vandaag of een eerdere datum.");
        }
    }

    private static void notBeforeData(LocalDate date, List<Municipality> municipalities, Context context) {
        Optional<LocalDate> first = context.firstData().apply(municipalities);
        if (first.isEmpty()) {
            throw RuleViolation.of(null, MUNICIPALITIES, "empty", "Voor deze gemeenten zijn nog geen gegevens vastgelegd.");
        }
        if (date.isBefore(first.get())) {
            throw RuleViolation.of(null, DATE, "before-data", "De eerste gegevens van deze gemeenten zijn van "
                    + nl.opstap.shared.web.Formats.DATE.format(first.get()) + "; kies een peildatum vanaf die dag.");
        }
    }

    private static List<Municipality> municipalities(@Nullable List<String> codes, Context context) {
        Set<String> asked = new LinkedHashSet<>();
        if (codes != null) {
            codes.stream().flatMap(c -> List.of(c.split(",")).stream()).map(String::strip).filter(c -> !c.isEmpty())
                    .map(c -> c.toUpperCase(java.util.Locale.ROOT)).forEach(asked::add);
        }
        List<MunicipalityCode> chosen = new ArrayList<>();
        if (asked.isEmpty()) {
            chosen.addAll(context.scope().municipalities());
        }
        for (String code : asked) {
            if (!MunicipalityCode.isValid(code)) {
                throw RuleViolation.of(null, MUNICIPALITIES, "format", "'" + shorten(code)
                        + "' is geen gemeentecode; een gemeentecode is GM gevolgd door 4 cijfers, bijvoorbeeld GM1708.");
            }
            MunicipalityCode municipality = new MunicipalityCode(code);
            Municipality known = context.known().apply(municipality).orElseThrow(() -> RuleViolation.of(null, MUNICIPALITIES,
                    "unknown", "Gemeente " + code + " is onbekend in Opstap."));
            if (!context.scope().contains(municipality)) {
                throw new NotAllowed("U heeft geen toegang tot de cijfers van gemeente " + known.name() + " (" + code + ").");
            }
            chosen.add(municipality);
        }
        return chosen.stream().map(c -> context.known().apply(c)).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Municipality::name)).toList();
    }

    private static LocalDate date(String field, @Nullable String value, LocalDate fallback, String what) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolation.of(null, field, "format", "Vul " + what + " in als jjjj-mm-dd, bijvoorbeeld 2018-11-15.");
        }
    }

    private static String shorten(String code) {
        return code.length() > 12 ? code.substring(0, 12) + "…" : code;
    }
}
