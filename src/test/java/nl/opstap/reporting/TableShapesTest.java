package nl.opstap.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tables whose rows are no parts of one whole, and the API's rendering of any table. */
class TableShapesTest {

    static ReportTable table(Indicator indicator, Map<String, Map<String, Figures.Cell>> cells) {
        return TableBuilderTest.build(indicator, TableBuilderTest.figures(cells));
    }

    @Test
    void oneLineFiguresBecomeOneTableWithoutTotalsOrShares() {
        ReportTable wep = table(Indicator.count("wep", List.of("WEP"), "sql"), Map.of("GM1708", Map.of("WEP", new Figures.Cell(4, 0, 4))));
        ReportTable sheltered = table(Indicator.count("beschut", List.of("GESTART", "BEZET"), "sql"),
                Map.of("GM1701", Map.of("GESTART", new Figures.Cell(1, 0, 1), "BEZET", new Figures.Cell(2, 0, 2))));
        ReportTable combined = TableShapes.combine("kern", "Kerncijfers", null, List.of(wep, sheltered));
        assertThat(combined.rows()).extracting(ReportTable.Row::code).containsExactly("WEP", "GESTART", "BEZET");
        assertThat(combined.shares()).isFalse();
        assertThat(combined.rows()).allSatisfy(r -> assertThat(r.cells()).allSatisfy(c -> assertThat(c.share()).isNull()));
        assertThat(combined.rows().get(2).cells()).extracting(ReportTable.Cell::value).containsExactly(2.0, 0.0, 2.0);
        assertThat(combined.rows().get(2).cells().get(2).drill()).contains("indicator=beschut");
    }

    @Test
    void aPartShowsItsShareOfTheRowItBelongsTo() {
        ReportTable groups = table(Indicator.count("groepen", List.of("JONG", "JONG_AV", "OUD", "OUD_AV"), "sql"),
                Map.of("GM1708", Map.of("JONG", new Figures.Cell(142, 0, 142), "JONG_AV", new Figures.Cell(127, 0, 127),
                        "OUD", new Figures.Cell(10, 0, 10))));
        ReportTable shaped = TableShapes.partsOf(groups, "_AV");
        assertThat(shaped.rows()).extracting(ReportTable.Row::code).containsExactly("JONG", "JONG_AV", "OUD", "OUD_AV");
        assertThat(shaped.rows().get(1).cells().getFirst().shareText()).isEqualTo("89%");
        assertThat(shaped.rows().get(0).cells().getFirst().share()).isNull();
        assertThat(shaped.rows().get(3).cells().getFirst().share()).isZero();
        assertThat(shaped.rows().get(3).cells().get(2).share()).as("no one in Westerveld").isNull();
    }

    @Test
    void theApiGivesEveryRowWithValuesAndWholePercentsPerColumn() {
        ReportTable counts = table(Indicator.count("t", List.of("A", "B"), "sql"),
                Map.of("GM1708", Map.of("A", new Figures.Cell(1, 0, 1), "B", new Figures.Cell(2, 0, 2))));
        ReportTable days = table(Indicator.average("d", List.of("A"), "sql"), Map.of("GM1708", Map.of("A", new Figures.Cell(3, 100, 3))));
        List<ReportTablesApiController.Table> api = ReportTablesApiController.of(List.of(counts, days));
        assertThat(api.getFirst().columns()).extracting(ReportTablesApiController.Column::key).containsExactly("totaal", "GM1708", "GM1701");
        assertThat(api.getFirst().rows()).extracting(ReportTablesApiController.Row::code).containsExactly("A", "B", "totaal");
        assertThat(api.getFirst().rows().get(1).values()).containsEntry("totaal", 2L).containsEntry("GM1701", 0L);
        assertThat(api.getFirst().rows().get(1).percentages()).containsEntry("GM1708", 67L).doesNotContainKey("GM1701");
        assertThat(api.get(1).rows().getFirst().values().get("GM1708")).hasToString("33.3");
        assertThat(api.get(1).rows().getFirst().values().get("GM1701")).isNull();
    }
}
