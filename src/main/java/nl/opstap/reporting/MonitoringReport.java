package nl.opstap.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The monitoring set of seed 004 §4.4 for a period and reference date, per municipality and in total: participants
 * per activity and their composition, how participations ended and why people dropped out, outflow by destination
 * and branch with its durability and the revolving door, duration and lead time, work-experience and sheltered
 * places, mediations from employer contacts and the rise on the participatieladder.
 */
@Component
class MonitoringReport implements ReportDefinition, IndicatorSource {

    static final String KEY_FIGURES = "monitoring-kerncijfers";

    private final Tables tables;
    private final MessageSource messages;
    private final Indicator branch;
    private final FigureQueries queries;
    private final ConcurrentCounting counting;

    MonitoringReport(Tables tables, MessageSource messages, FigureQueries queries, ConcurrentCounting counting) {
        this.tables = tables;
        this.messages = messages;
        this.queries = queries;
        this.counting = counting;
        this.branch = OutflowIndicators.BRANCH.labelledBy(section -> text("employer.sbi." + section, section));
    }

    @Override
    public String key() {
        return "monitoring";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public boolean usesPeriod() {
        return true;
    }

    @Override
    public List<Indicator> indicators() {
        List<Indicator> all = new ArrayList<>(ParticipationIndicators.ALL);
        all.addAll(OutflowIndicators.ALL_BUT_BRANCH);
        all.add(branch);
        all.addAll(MonitoringIndicators.ALL);
        return all;
    }

    /**
     * The tables, counted side by side: each query is single-threaded in the database, so a few at once use the
     * machine's cores (the whole set within seconds over a million clients, see bench/reports.sh).
     */
    @Override
    public List<ReportTable> tables(ReportRequest request, boolean drillable) {
        List<Supplier<List<ReportTable>>> parts = List.of(
                () -> List.of(TableShapes.combine(KEY_FIGURES, text("report." + KEY_FIGURES + ".title", ""),
                        text("report." + KEY_FIGURES + ".note", ""), List.of(table(MonitoringIndicators.WORK_EXPERIENCE, request, drillable),
                                table(MonitoringIndicators.SHELTERED_WORK, request, drillable),
                                table(MonitoringIndicators.MEDIATIONS, request, drillable)))),
                () -> List.of(table(ParticipationIndicators.ACTIVITY, request, drillable).withChart("bar")),
                () -> composition(request, drillable),
                () -> List.of(table(ParticipationIndicators.ENDINGS, request, drillable).withChart("bar")),
                () -> List.of(table(ParticipationIndicators.DROPOUT, request, drillable).withChart("bar")),
                () -> List.of(table(ParticipationIndicators.DURATION, request, drillable).withChart("bar")),
                () -> List.of(table(OutflowIndicators.TRAJECTORY, request, drillable)),
                () -> List.of(table(OutflowIndicators.DESTINATION, request, drillable).withChart("bar")),
                () -> List.of(table(branch, request, drillable).withChart("bar")),
                () -> List.of(table(OutflowIndicators.DURABLE_3, request, drillable)),
                () -> List.of(table(OutflowIndicators.DURABLE_6, request, drillable)),
                () -> List.of(table(OutflowIndicators.REVOLVING_DOOR, request, drillable)),
                () -> List.of(table(MonitoringIndicators.LADDER, request, drillable).withChart("bar")));
        return counting.all(parts);
    }

    /** Age, education, startkwalificatie, gender and arbeidsbeperking of the participants, from one pass. */
    private List<ReportTable> composition(ReportRequest request, boolean drillable) {
        List<Figures> figures = queries.composition(request.params());
        List<ReportTable> result = new ArrayList<>();
        for (int i = 0; i < ParticipationIndicators.COMPOSITION.size(); i++) {
            ReportTable t = tables.table(ParticipationIndicators.COMPOSITION.get(i).indicator(), figures.get(i), request, drillable);
            result.add(i < 2 ? t.withChart("bar") : t);
        }
        return result;
    }

    private ReportTable table(Indicator indicator, ReportRequest request, boolean drillable) {
        return tables.table(indicator, request, drillable);
    }

    private String text(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
