package nl.opstap.matching;

import java.sql.Date;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.access.Scope;
import nl.opstap.client.Gender;
import nl.opstap.organisation.MunicipalityCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The top 10 of the candidate lists shown (table matching_ranking_shown), for the exposure figures of the fairness
 * report. Each position keeps only the candidate's group, gender code and age band on the day shown, never who it was.
 */
@Repository
class RankingsShown {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    RankingsShown(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A candidate at a position of a list shown: gender code ({@link Gender#code()}) and age band on that day. */
    static FairnessReport.Outcome entry(Gender gender, LocalDate dateOfBirth, LocalDate on) {
        return new FairnessReport.Outcome(gender.code(), FairnessReport.ageBand(Period.between(dateOfBirth, on).getYears()), false, false);
    }

    /**
     * Records one list shown for a vacancy of the municipality, best first; only the first 10 are kept. Call it with
     * outcomes made by {@link #entry}, so that the groups match those of the candidates in the report.
     */
    void record(MunicipalityCode municipality, LocalDate on, List<FairnessReport.Outcome> topTen) {
        UUID list = UUID.randomUUID();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(FairnessReport.TOP, topTen.size()); i++) {
            FairnessReport.Outcome o = topTen.get(i);
            rows.add(new Object[] {UUID.randomUUID(), list, Date.valueOf(on), municipality.value(), i + 1, o.gender(), o.ageBand()});
        }
        if (!rows.isEmpty()) {
            batch.batchUpdate("""
                    INSERT INTO matching_ranking_shown (id, list_id, shown_on, municipality_code, position, gender, age_band)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", rows);
        }
    }

    /** The lists shown in the period in the municipalities, each as its entries best first. */
    List<List<FairnessReport.Outcome>> in(Scope scope, LocalDate from, LocalDate to) {
        Map<UUID, List<FairnessReport.Outcome>> lists = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT list_id, gender, age_band FROM matching_ranking_shown
                WHERE municipality_code IN (:scope) AND shown_on BETWEEN :from AND :to ORDER BY list_id, position""")
                .param("scope", scope.codes()).param("from", from).param("to", to)
                .query(rs -> {
                    lists.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new FairnessReport.Outcome(rs.getString(2), rs.getString(3), false, false));
                });
        return List.copyOf(lists.values());
    }
}
