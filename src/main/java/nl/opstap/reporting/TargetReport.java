package nl.opstap.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.opstap.organisation.Municipality;
import org.springframework.stereotype.Component;

/**
 * Targets set against what was realised, per organisation: each target's years counted up to the reference date (a
 * year not yet begun shows no realisation), for its municipality or the organisation's municipalities in the request.
 */
@Component
class TargetReport implements ReportDefinition, IndicatorSource {

    private static final List<ReportTable.Column> COLUMNS = List.of(new ReportTable.Column("doel", "Doel"),
            new ReportTable.Column("gerealiseerd", "Gerealiseerd"), new ReportTable.Column("percentage", "Gerealiseerd (% van het doel)"));

    private final SteeringTargets targets;
    private final FigureQueries queries;

    TargetReport(SteeringTargets targets, FigureQueries queries) {
        this.targets = targets;
        this.queries = queries;
    }

    @Override
    public String key() {
        return "doelen";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public boolean usesPeriod() {
        return false;
    }

    @Override
    public List<Indicator> indicators() {
        return Arrays.stream(TargetIndicator.values()).map(TargetIndicator::indicator).toList();
    }

    @Override
    public List<ReportTable> tables(ReportRequest request, boolean drillable) {
        List<ReportTable> result = new ArrayList<>();
        request.byOrganisation().forEach((organisation, municipalities) -> {
            List<ReportTable.Row> rows = new ArrayList<>();
            for (SteeringTarget target : targets.of(organisation)) {
                List<Municipality> counted = target.municipality() == null ? municipalities
                        : municipalities.stream().filter(m -> m.code().equals(target.municipality())).toList();
                if (!counted.isEmpty()) {
                    rows.add(row(target, counted, request, drillable));
                }
            }
            String name = municipalities.getFirst().organisationName();
            result.add(new ReportTable("doelen-" + organisation.value().toString().substring(0, 8), "Doelen en realisatie " + name,
                    rows.isEmpty() ? "Er zijn voor deze gemeenten nog geen doelen vastgelegd; een beheerder legt ze vast." : "Gerealiseerd "
                            + "telt tot en met de peildatum; beschut werk telt de plekken op de laatste dag die meetelt.", COLUMNS, rows, false,
                    rows.isEmpty() ? null : "bar"));
        });
        return result;
    }

    private ReportTable.Row row(SteeringTarget target, List<Municipality> counted, ReportRequest request, boolean drillable) {
        String where = target.municipality() == null ? counted.getFirst().organisationName() : counted.getFirst().name();
        String label = target.indicator().label() + " " + target.years() + ", " + where;
        LocalDate from = LocalDate.of(target.yearFrom(), 1, 1);
        LocalDate to = LocalDate.of(target.yearTo(), 12, 31);
        if (to.isAfter(request.referenceDate())) {
            to = request.referenceDate();
        }
        if (from.isAfter(request.referenceDate())) {
            return new ReportTable.Row(target.indicator().name(), label, List.of(ReportTable.Cell.count(target.target()),
                    ReportTable.Cell.of(null, 0), ReportTable.Cell.of(null, 0)), false);
        }
        List<String> codes = counted.stream().map(m -> m.code().value()).toList();
        ReportParams params = new ReportParams(request.referenceDate(), from, to, codes);
        long realised = queries.count(target.indicator().indicator(), params).total(codes, TargetIndicator.REALISED).count();
        String drill = drillable && realised > 0 ? "indicator=" + target.indicator().indicator().key() + "&peildatum="
                + request.referenceDate() + "&van=" + from + "&tot=" + to + "&gemeenten=" + String.join(",", codes) : null;
        Double share = target.target() == 0 ? null : 100.0 * realised / target.target();
        return new ReportTable.Row(target.indicator().name(), label, List.of(ReportTable.Cell.count(target.target()),
                new ReportTable.Cell((double) realised, 0, null, drill), ReportTable.Cell.of(share, 0)), false);
    }
}
