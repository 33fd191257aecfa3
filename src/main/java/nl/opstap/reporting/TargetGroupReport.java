package nl.opstap.reporting;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The target groups of seed 003 on a reference date: work capacity by age band (young people 18 to 27, 23+, 50+,
 * 55+), statushouders and inburgeraars, no startkwalificatie, arbeidsbeperking and doelgroepregister, each with the
 * share that has work capacity; and the ten most named potential labour sectors.
 */
@Component
class TargetGroupReport implements ReportDefinition, IndicatorSource {

    private final Tables tables;
    private final Indicator sectors;

    TargetGroupReport(Tables tables, SectorNames names) {
        this.tables = tables;
        this.sectors = TargetGroupIndicators.SECTORS.labelledBy(names::name);
    }

    @Override
    public String key() {
        return "doelgroepen";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean usesPeriod() {
        return false;
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(TargetGroupIndicators.GROUPS_BY_CAPACITY, sectors);
    }

    @Override
    public List<ReportTable> tables(ReportRequest request, boolean drillable) {
        return List.of(TableShapes.partsOf(tables.table(TargetGroupIndicators.GROUPS_BY_CAPACITY, request, drillable),
                        TargetGroupIndicators.WITH_CAPACITY),
                tables.table(sectors, request, drillable).withChart("bar"));
    }
}
