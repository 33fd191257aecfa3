package nl.opstap.reporting;

import java.util.ArrayList;
import java.util.List;
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

    MonitoringReport(Tables tables, MessageSource messages) {
        this.tables = tables;
        this.messages = messages;
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

    @Override
    public List<ReportTable> tables(ReportRequest request, boolean drillable) {
        List<ReportTable> shown = new ArrayList<>();
        shown.add(TableShapes.combine(KEY_FIGURES, text("report." + KEY_FIGURES + ".title", ""),
                text("report." + KEY_FIGURES + ".note", ""), List.of(table(MonitoringIndicators.WORK_EXPERIENCE, request, drillable),
                        table(MonitoringIndicators.SHELTERED_WORK, request, drillable),
                        table(MonitoringIndicators.MEDIATIONS, request, drillable))));
        shown.add(table(ParticipationIndicators.ACTIVITY, request, drillable).withChart("bar"));
        shown.add(table(ParticipationIndicators.AGE, request, drillable).withChart("bar"));
        shown.add(table(ParticipationIndicators.EDUCATION, request, drillable).withChart("bar"));
        shown.add(table(ParticipationIndicators.START_QUALIFICATION, request, drillable));
        shown.add(table(ParticipationIndicators.GENDER, request, drillable));
        shown.add(table(ParticipationIndicators.LIMITATION, request, drillable));
        shown.add(table(ParticipationIndicators.ENDINGS, request, drillable).withChart("bar"));
        shown.add(table(ParticipationIndicators.DROPOUT, request, drillable).withChart("bar"));
        shown.add(table(ParticipationIndicators.DURATION, request, drillable).withChart("bar"));
        shown.add(table(OutflowIndicators.TRAJECTORY, request, drillable));
        shown.add(table(OutflowIndicators.DESTINATION, request, drillable).withChart("bar"));
        shown.add(table(branch, request, drillable).withChart("bar"));
        shown.add(table(OutflowIndicators.DURABLE_3, request, drillable));
        shown.add(table(OutflowIndicators.DURABLE_6, request, drillable));
        shown.add(table(OutflowIndicators.REVOLVING_DOOR, request, drillable));
        shown.add(table(MonitoringIndicators.LADDER, request, drillable).withChart("bar"));
        return shown;
    }

    private ReportTable table(Indicator indicator, ReportRequest request, boolean drillable) {
        return tables.table(indicator, request, drillable);
    }

    private String text(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
