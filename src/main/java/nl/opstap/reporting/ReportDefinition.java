package nl.opstap.reporting;

import java.util.List;

/**
 * A steering report the screens, API and exports know by its key: the tables it shows for a checked request. Its
 * figures are aggregates (no personal data), so nothing is logged until someone opens the clients behind one.
 */
interface ReportDefinition {

    /** The URL segment, e.g. {@code tabellen} in /rapportages/tabellen and /api/v1/rapportages/tabellen. */
    String key();

    /** The order on the reports page. */
    int order();

    /** Whether the report counts over a period (van, tot) besides the reference date. */
    boolean usesPeriod();

    /** The tables of the report; {@code drillable}: whether cells may link to the clients behind them. */
    List<ReportTable> tables(ReportRequest request, boolean drillable);
}
