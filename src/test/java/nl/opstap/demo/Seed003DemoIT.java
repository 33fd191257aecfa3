package nl.opstap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo data reproduce seed 003 on 15-11-2018, counted with plain SQL on the tables (PostgreSQL in
 * CI's second pass, H2 in the first): Tabel I and II per municipality (domain.md §9), the young people
 * and their work capacity, and the most named sectors. Expected figures are typed in from the seed, not
 * taken from the generator. Only what was recorded by the reference date counts ("what we knew then"),
 * so facts other tests add later for their own clients do not disturb the figures.
 */
@OpstapIntegrationTest
class Seed003DemoIT {

    private static final String HELD = """
             f.valid_from <= DATE '2018-11-15' AND (f.valid_to IS NULL OR f.valid_to > DATE '2018-11-15')
            AND f.corrected_at IS NULL AND f.recorded_at < TIMESTAMP '2018-11-16 00:00:00'""";

    @Autowired JdbcClient jdbc;

    private Map<String, Long> counts(String kind, String municipality) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT f.fact_value, COUNT(*) FROM diagnosis_fact f WHERE f.kind = ? AND f.municipality_code = ? AND "
                        + HELD + " GROUP BY f.fact_value")
                .params(kind, municipality).query(rs -> { counts.put(rs.getString(1), rs.getLong(2)); });
        return counts;
    }

    @Test
    void tabelIPerMunicipality() {
        assertThat(counts("SITUATION", "GM1708")).containsExactlyInAnyOrderEntriesOf(Map.of("TALENT_IN_KAART", 34L,
                "ONDERZOEK_ZORG", 69L, "LEREN_ONTWIKKELEN", 556L, "WERKEN_ERVAREN", 101L, "DIRECT_WERK", 52L, "PARTTIME_WERK", 88L));
        assertThat(counts("SITUATION", "GM1701")).containsExactlyInAnyOrderEntriesOf(Map.of("TALENT_IN_KAART", 3L,
                "ONDERZOEK_ZORG", 60L, "LEREN_ONTWIKKELEN", 159L, "WERKEN_ERVAREN", 25L, "DIRECT_WERK", 19L, "PARTTIME_WERK", 23L));
    }

    @Test
    void tabelIIPerMunicipality() {
        assertThat(counts("PERSPECTIVE", "GM1708")).containsExactlyInAnyOrderEntriesOf(Map.of("PARTTIME_WERK", 98L,
                "WERK", 473L, "PARTICIPATIE", 228L, "ZORG", 74L, "NOG_NIET_BEKEND", 27L));
        assertThat(counts("PERSPECTIVE", "GM1701")).containsExactlyInAnyOrderEntriesOf(Map.of("PARTTIME_WERK", 35L,
                "WERK", 133L, "PARTICIPATIE", 49L, "ZORG", 60L, "NOG_NIET_BEKEND", 12L));
    }

    @Test
    void everyIgsdClientHasExactlyOneSituationAndPerspectiveOnTheDate() {
        for (String kind : List.of("SITUATION", "PERSPECTIVE")) {
            assertThat(jdbc.sql("SELECT COUNT(DISTINCT f.client_id) FROM diagnosis_fact f WHERE f.kind = ? "
                    + "AND f.municipality_code IN ('GM1708', 'GM1701') AND " + HELD).param(kind).query(Long.class).single())
                    .isEqualTo(1189L);
        }
    }

    @Test
    void youngPeopleAndTheirWorkCapacity() {
        String young = """
                SELECT COUNT(*) FROM client c WHERE c.municipality_code IN ('GM1708', 'GM1701')
                AND c.date_of_birth <= DATE '2000-11-15' AND c.date_of_birth > DATE '1991-11-15'""";
        assertThat(jdbc.sql(young).query(Long.class).single()).isEqualTo(142L);
        assertThat(jdbc.sql(young + " AND EXISTS (SELECT 1 FROM diagnosis_fact f WHERE f.client_id = c.id AND f.kind = 'PERSPECTIVE'"
                + " AND f.fact_value IN ('WERK', 'PARTTIME_WERK') AND " + HELD + ")").query(Long.class).single()).isEqualTo(127L);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM diagnosis_fact f WHERE f.kind = 'PERSPECTIVE' AND f.fact_value IN ('WERK', 'PARTTIME_WERK')"
                + " AND f.municipality_code IN ('GM1708', 'GM1701') AND " + HELD).query(Long.class).single()).isEqualTo(739L);
    }

    @Test
    void topFiveSectors() {
        List<Map.Entry<String, Long>> top = jdbc.sql("""
                SELECT s.sector_code, COUNT(*) AS n FROM diagnosis_fact f JOIN diagnosis_fact_sector s ON s.fact_id = f.id
                WHERE f.kind = 'SECTORS' AND f.municipality_code IN ('GM1708', 'GM1701') AND """ + HELD + " " + """
                GROUP BY s.sector_code ORDER BY n DESC, s.sector_code FETCH FIRST 5 ROWS ONLY""")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list();
        assertThat(top).containsExactly(Map.entry("PRODUCTIE", 182L), Map.entry("DIENSTVERLENING", 151L),
                Map.entry("DETAILHANDEL", 96L), Map.entry("HORECA", 94L), Map.entry("ZORG", 84L));
    }

    @Test
    void historiesGoBackToTwoThousandFifteenAndSomeAreCorrected() {
        assertThat(jdbc.sql("SELECT MIN(valid_from) FROM diagnosis_fact").query(java.time.LocalDate.class).single())
                .isBefore(java.time.LocalDate.of(2015, 3, 1));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM diagnosis_fact WHERE corrected_at IS NOT NULL AND kind = 'LADDER'")
                .query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM zrm_assessment WHERE municipality_code = 'GM0037'").query(Long.class).single())
                .isGreaterThan(1000L);
    }
}
