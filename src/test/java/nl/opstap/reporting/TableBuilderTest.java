package nl.opstap.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.organisation.Municipality;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.OrganisationId;
import org.junit.jupiter.api.Test;

/** Categories found in the data, the ten largest first, and cells without clients that open no list. */
class TableBuilderTest {

    static final OrganisationId IGSD = new OrganisationId(UUID.randomUUID());
    static final ReportRequest REQUEST = new ReportRequest(LocalDate.of(2019, 6, 30), LocalDate.of(2018, 1, 1),
            LocalDate.of(2018, 12, 31), List.of(new Municipality(new MunicipalityCode("GM1708"), "Steenwijkerland", IGSD, "IGSD"),
            new Municipality(new MunicipalityCode("GM1701"), "Westerveld", IGSD, "IGSD")));

    static Figures figures(Map<String, Map<String, Figures.Cell>> cells) {
        return new Figures(new HashMap<>(cells));
    }

    static ReportTable build(Indicator indicator, Figures figures) {
        return TableBuilder.build(indicator, figures, REQUEST, "titel", null, c -> "label " + c, "IGSD", true);
    }

    @Test
    void categoriesFoundInTheDataAreOrderedByCode() {
        Indicator byName = Indicator.count("x", List.of(), "sql").found(Indicator.Order.BY_CODE);
        ReportTable table = build(byName, figures(Map.of("GM1708", Map.of("Werkervaringsplaats", new Figures.Cell(3, 0, 3),
                "Jobcoaching", new Figures.Cell(2, 0, 2)), "GM1701", Map.of("Taaltraject", new Figures.Cell(1, 0, 1)))));
        assertThat(table.rows()).extracting(ReportTable.Row::code)
                .containsExactly("Jobcoaching", "Taaltraject", "Werkervaringsplaats", "totaal");
        assertThat(table.rows().getLast().cells().getFirst().value()).isEqualTo(6.0);
        assertThat(table.rows().get(1).cells().get(2).drill()).contains("categorie=Taaltraject").contains("gemeenten=GM1701");
        assertThat(table.rows().get(1).cells().get(1).drill()).as("nothing in Steenwijkerland").isNull();
        assertThat(byName.knows("Anything")).isTrue();
        assertThat(Indicators.SITUATION.knows("Anything")).isFalse();
    }

    @Test
    void mostFirstShowsTheTenLargestOverAllMunicipalitiesTiesByCode() {
        Map<String, Figures.Cell> cells = new HashMap<>();
        for (int i = 1; i <= 12; i++) {
            cells.put("S" + (char) ('A' + i), new Figures.Cell(i == 12 ? 1 : i, 0, i == 12 ? 1 : i));
        }
        Indicator top = Indicator.count("top", List.of(), "sql").found(Indicator.Order.MOST_FIRST);
        List<String> codes = top.categoriesIn(figures(Map.of("GM1708", cells)), REQUEST.codes());
        assertThat(codes).hasSize(Indicator.TOP).startsWith("SL", "SK", "SJ").endsWith("SC");
        assertThat(top.categoriesIn(figures(Map.of("GM1708", Map.of("B", new Figures.Cell(2, 0, 2), "A", new Figures.Cell(2, 0, 2)))),
                REQUEST.codes())).containsExactly("A", "B");
    }

    @Test
    void aCellWhoseRowsNameNoClientCountsButOpensNoList() {
        Indicator moments = Indicator.count("m", List.of("BEMIDDELINGEN"), "sql");
        ReportTable table = build(moments, figures(Map.of("GM1708", Map.of("BEMIDDELINGEN", new Figures.Cell(2, 0, 1)),
                "GM1701", Map.of("BEMIDDELINGEN", new Figures.Cell(1, 0, 0)))));
        ReportTable.Row row = table.rows().getFirst();
        assertThat(row.cells()).extracting(ReportTable.Cell::value).containsExactly(3.0, 2.0, 1.0);
        assertThat(row.cells().get(1).drill()).isNotNull();
        assertThat(row.cells().get(2).drill()).isNull();
        assertThat(table.rows().getLast().cells().get(2).drill()).isNull();
        assertThat(table.rows().getLast().cells().get(0).drill()).isNotNull();
    }

    @Test
    void anAverageIsTheMeanOfTheMeasureAndEmptyWithoutRows() {
        Indicator days = Indicator.average("d", List.of("A", "B"), "sql");
        ReportTable table = build(days, figures(Map.of("GM1708", Map.of("A", new Figures.Cell(2, 30, 2)),
                "GM1701", Map.of("A", new Figures.Cell(1, 60, 1)))));
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().getFirst().cells()).extracting(ReportTable.Cell::value).containsExactly(30.0, 15.0, 60.0);
        assertThat(table.rows().get(1).cells().getFirst().value()).isNull();
        assertThat(table.rows().get(1).cells().getFirst().text()).isEqualTo("–");
    }
}
