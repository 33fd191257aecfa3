package nl.opstap.reporting;

import java.util.List;

/** A part of the reports that defines indicators; the catalogue finds them by key for drill-downs. */
interface IndicatorSource {

    List<Indicator> indicators();
}
