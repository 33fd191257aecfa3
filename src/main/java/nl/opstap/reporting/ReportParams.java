package nl.opstap.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The values an indicator's SQL may use: the reference date, a period and the municipality codes. */
record ReportParams(LocalDate referenceDate, LocalDate from, LocalDate to, List<String> municipalities) {

    static ReportParams on(LocalDate referenceDate, List<String> municipalities) {
        return new ReportParams(referenceDate, referenceDate.withDayOfYear(1), referenceDate, municipalities);
    }

    Map<String, Object> asMap() {
        return Map.of("peildatum", referenceDate, "van", from, "tot", to, "gemeenten", municipalities);
    }
}
