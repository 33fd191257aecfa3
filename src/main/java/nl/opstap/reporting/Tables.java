package nl.opstap.reporting;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/** Tabel I (current situation) and Tabel II (perspective) on a reference date, laid out like seed 003. */
@Service
class Tables implements IndicatorSource {

    private final FigureQueries queries;
    private final ReportRequests requests;
    private final MessageSource messages;

    Tables(FigureQueries queries, ReportRequests requests, MessageSource messages) {
        this.queries = queries;
        this.requests = requests;
        this.messages = messages;
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(Indicators.SITUATION, Indicators.PERSPECTIVE);
    }

    ReportTable tabel1(ReportRequest request, boolean drillable) {
        return table(Indicators.SITUATION, request, drillable);
    }

    ReportTable tabel2(ReportRequest request, boolean drillable) {
        return table(Indicators.PERSPECTIVE, request, drillable);
    }

    /** Clients per perspective on the date, per municipality (the input of the formation). */
    Figures perspectives(ReportRequest request) {
        return queries.count(Indicators.PERSPECTIVE, request.params());
    }

    ReportTable table(Indicator indicator, ReportRequest request, boolean drillable) {
        return table(indicator, queries.count(indicator, request.params()), request, drillable);
    }

    /** A table of figures counted elsewhere (e.g. several indicators in one pass). */
    ReportTable table(Indicator indicator, Figures figures, ReportRequest request, boolean drillable) {
        return TableBuilder.build(indicator, figures, request, text("report." + indicator.key() + ".title"),
                text("report." + indicator.key() + ".note"), category -> label(indicator, category),
                requests.totalLabel(request), drillable);
    }

    /** The category's name from the messages, else from the indicator's own names, else its code. */
    String label(Indicator indicator, String category) {
        String fallback = indicator.labels() == null ? category : indicator.labels().apply(category);
        return messages.getMessage("report." + indicator.key() + "." + category, null, fallback, LocaleContextHolder.getLocale());
    }

    private String text(String key) {
        return messages.getMessage(key, null, "", LocaleContextHolder.getLocale());
    }
}
