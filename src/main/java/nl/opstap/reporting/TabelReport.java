package nl.opstap.reporting;

import java.util.List;
import org.springframework.stereotype.Component;

/** Tabel I and Tabel II side by side on one page, with the perspective as a chart. */
@Component
class TabelReport implements ReportDefinition {

    private final Tables tables;

    TabelReport(Tables tables) {
        this.tables = tables;
    }

    @Override
    public String key() {
        return "tabellen";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean usesPeriod() {
        return false;
    }

    @Override
    public List<ReportTable> tables(ReportRequest request, boolean drillable) {
        return List.of(tables.tabel1(request, drillable).withChart("bar"), tables.tabel2(request, drillable).withChart("bar"));
    }
}
