package nl.opstap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.UserAccounts;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo placement history is there and coherent, counted with plain SQL (H2 and PostgreSQL): every municipality
 * has placements, outflows and re-entries over the years from 2016, follow-up is held and open, the benefit history
 * follows every outflow and re-entry, the one-at-a-time types never overlap, and beschut werk grows 2017–2021. Only
 * demo clients count (registered before the first placement), so other tests' clients do not disturb the figures.
 */
@OpstapIntegrationTest
class DemoPlacementsIT {

    private static final List<String> MUNICIPALITIES = List.of("GM1708", "GM1701", "GM0037", "GM0047");
    private static final String DEMO = " c.created_at < (SELECT MIN(p0.created_at) FROM placement p0) ";

    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts accounts;

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private long years(String table, String dateColumn, String municipality) {
        return count("SELECT COUNT(DISTINCT EXTRACT(YEAR FROM x." + dateColumn + ")) FROM " + table + " x JOIN client c ON c.id = x.client_id"
                + " WHERE x.municipality_code = ? AND x." + dateColumn + " >= DATE '2016-01-01' AND" + DEMO, municipality);
    }

    @Test
    void everyMunicipalityHasPlacementsOutflowsAndReEntriesOverTheYearsFromTwoThousandSixteen() {
        int thisYear = LocalDate.now().getYear();
        for (String m : MUNICIPALITIES) {
            assertThat(years("placement", "start_date", m)).as("years with placements in %s", m).isEqualTo(thisYear - 2015);
            assertThat(years("outflow", "outflow_date", m)).as("years with outflow in %s", m).isGreaterThanOrEqualTo(thisYear - 2016);
            assertThat(years("re_entry", "re_entry_date", m)).as("years with re-entries in %s", m).isGreaterThanOrEqualTo(5);
            long clients = count("SELECT COUNT(*) FROM client c WHERE c.municipality_code = ? AND" + DEMO, m);
            long placed2019 = count("SELECT COUNT(*) FROM placement x JOIN client c ON c.id = x.client_id WHERE x.municipality_code = ? "
                    + "AND EXTRACT(YEAR FROM x.start_date) = 2019 AND" + DEMO, m);
            assertThat((double) placed2019 / clients).as("share placed in 2019 in %s", m).isBetween(0.08, 0.15);
        }
        assertThat(count("SELECT COUNT(*) FROM placement p JOIN employer e ON e.id = p.employer_id WHERE e.municipality_code <> p.municipality_code"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM placement WHERE placement_type IN ('AFSPRAAKBAAN', 'SHELTERED_WORK') AND NOT wage_subsidy"))
                .isZero();
    }

    @Test
    void someReEntriesAreRevolvingDoorsAndSomeNotEachFlaggedByTheWindow() {
        List<Object[]> rows = jdbc.sql("""
                SELECT o.outflow_date, r.re_entry_date, r.revolving_door, r.window_months FROM re_entry r JOIN outflow o ON o.id = r.outflow_id
                JOIN client c ON c.id = r.client_id WHERE""" + DEMO)
                .query((rs, n) -> new Object[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class), rs.getBoolean(3),
                        rs.getInt(4)}).list();
        List<Boolean> flags = new ArrayList<>();
        for (Object[] r : rows) {
            boolean within = !((LocalDate) r[1]).isAfter(((LocalDate) r[0]).plusMonths((Integer) r[3]));
            assertThat(r[2]).as("revolving door flag of a return on %s after %s", r[1], r[0]).isEqualTo(within);
            flags.add(within);
        }
        assertThat(flags).contains(true, false);
        assertThat(flags.stream().filter(f -> f).count()).as("most returns are revolving doors").isGreaterThan(flags.size() / 2);
        long outflows = count("SELECT COUNT(*) FROM outflow x JOIN client c ON c.id = x.client_id WHERE" + DEMO);
        assertThat((double) rows.size() / outflows).as("share of outflows followed by a return").isBetween(0.15, 0.25);
    }

    @Test
    void followUpIsPlannedForEveryPlacementMostlyHeldAndPartlyDueOrOverdueForTheJobcoach() {
        assertThat(count("SELECT COUNT(*) FROM placement p WHERE (SELECT COUNT(*) FROM follow_up f WHERE f.placement_id = p.id) <> 10")).isZero();
        long held = count("SELECT COUNT(*) FROM follow_up WHERE held_on IS NOT NULL");
        long open = count("SELECT COUNT(*) FROM follow_up WHERE held_on IS NULL");
        assertThat(held).isGreaterThan(open);
        assertThat(count("SELECT COUNT(*) FROM follow_up WHERE signal")).isPositive();
        UUID coach = accounts.idOf("jobcoach.igsd").value();
        LocalDate today = LocalDate.now();
        String mine = "SELECT COUNT(*) FROM follow_up f JOIN placement p ON p.id = f.placement_id WHERE p.jobcoach_id = ? AND f.held_on IS NULL ";
        assertThat(count(mine + "AND f.due_on < ?", coach, today)).as("overdue today").isPositive();
        assertThat(count(mine + "AND f.due_on BETWEEN ? AND ?", coach, today, today.plusDays(14))).as("due within two weeks").isPositive();
        assertThat(jdbc.sql("SELECT p.start_date || '/' || f.months_after || '/' || f.due_on || '/' || c.created_at FROM follow_up f "
                + "JOIN placement p ON p.id = f.placement_id JOIN client c ON c.id = p.client_id WHERE p.jobcoach_id = ? AND f.held_on IS NULL "
                + "AND f.due_on < ?").params(coach, today.minusDays(90)).query(String.class).list()).as("long overdue").isEmpty();
    }

    @Test
    void everyFullOutflowEndsABenefitPeriodAndEveryReturnStartsOne() {
        assertThat(count("SELECT COUNT(*) FROM outflow o JOIN client c ON c.id = o.client_id WHERE o.extent = 'FULL' AND" + DEMO)).isPositive();
        assertThat(count("""
                SELECT COUNT(*) FROM outflow o JOIN client c ON c.id = o.client_id WHERE o.extent = 'FULL' AND NOT EXISTS
                (SELECT 1 FROM client_benefit_status b WHERE b.client_id = o.client_id AND b.valid_to = o.outflow_date) AND""" + DEMO)).isZero();
        assertThat(count("""
                SELECT COUNT(*) FROM re_entry r JOIN outflow o ON o.id = r.outflow_id JOIN client c ON c.id = r.client_id
                WHERE o.extent = 'FULL' AND NOT EXISTS (SELECT 1 FROM client_benefit_status b WHERE b.client_id = r.client_id
                AND b.valid_from = r.re_entry_date AND b.status <> 'NON_RECIPIENT') AND""" + DEMO)).isZero();
        assertThat(count("""
                SELECT COUNT(*) FROM outflow o JOIN client c ON c.id = o.client_id WHERE NOT EXISTS (SELECT 1 FROM client_benefit_status b
                WHERE b.client_id = o.client_id AND b.status <> 'NON_RECIPIENT' AND b.valid_from <= o.outflow_date
                AND (b.valid_to IS NULL OR b.valid_to >= o.outflow_date)) AND""" + DEMO)).as("outflows of clients not on benefit").isZero();
    }

    @Test
    void theIgsdClientsStillHoldTheirBenefitOnTheSeedsReferenceDate() {
        assertThat(count("""
                SELECT COUNT(*) FROM client c WHERE c.municipality_code IN ('GM1708', 'GM1701') AND EXISTS (SELECT 1 FROM client_benefit_status b
                WHERE b.client_id = c.id AND b.valid_from <= DATE '2018-11-15' AND (b.valid_to IS NULL OR b.valid_to > DATE '2018-11-15')) AND"""
                + DEMO)).isEqualTo(1189L);
    }

    @Test
    void oneAtATimePlacementsNeverOverlap() {
        assertThat(count("""
                SELECT COUNT(*) FROM placement a JOIN placement b ON b.client_id = a.client_id AND b.placement_type = a.placement_type
                AND b.id <> a.id WHERE a.placement_type IN ('AFSPRAAKBAAN', 'WORK_EXPERIENCE', 'SHELTERED_WORK', 'DAY_ACTIVITIES')
                AND (a.end_date IS NULL OR a.end_date >= b.start_date) AND (b.end_date IS NULL OR b.end_date >= a.start_date)""")).isZero();
    }

    @Test
    void beschutWerkPlacesGrowEveryYearFromTwoThousandSeventeenToTwentyTwentyOne() {
        String sql = "SELECT COUNT(*) FROM placement x JOIN client c ON c.id = x.client_id WHERE x.placement_type = 'SHELTERED_WORK' "
                + "AND EXTRACT(YEAR FROM x.start_date) = ? AND x.municipality_code IN (:m) AND" + DEMO;
        long before = 0;
        for (int year = 2017; year <= 2021; year++) {
            long started = jdbc.sql(sql.replace("?", String.valueOf(year))).param("m", MUNICIPALITIES).query(Long.class).single();
            assertThat(started).as("beschut werk started in %s", year).isGreaterThan(before);
            before = started;
        }
        for (String m : MUNICIPALITIES) {
            long first = jdbc.sql(sql.replace("?", "2017")).param("m", List.of(m)).query(Long.class).single();
            long last = jdbc.sql(sql.replace("?", "2021")).param("m", List.of(m)).query(Long.class).single();
            assertThat(last).as("beschut werk in %s", m).isGreaterThan(first);
        }
    }
}
