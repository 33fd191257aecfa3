package nl.opstap.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Runs indicators: counts grouped by municipality and category, or the clients behind one figure. */
@Repository
class FigureQueries {

    private final JdbcClient jdbc;

    FigureQueries(ReportDatabase db) {
        this.jdbc = db.jdbc();
    }

    Figures count(Indicator indicator, ReportParams params) {
        String measure = indicator.measure() == Indicator.Measure.AVERAGE ? "SUM(x.measure)" : "0";
        String sql = "SELECT x.municipality_code, x.category, COUNT(*), " + measure + ", COUNT(x.client_id) FROM (" + indicator.sql()
                + ") x GROUP BY x.municipality_code, x.category";
        Map<String, Map<String, Figures.Cell>> result = new HashMap<>();
        jdbc.sql(sql).params(params.asMap()).query(rs -> {
            result.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                    .put(String.valueOf(rs.getString(2)), new Figures.Cell(rs.getLong(3), rs.getDouble(4), rs.getLong(5)));
        });
        return new Figures(result);
    }

    /**
     * The distinct clients behind one figure (a municipality or all of the request's, a category or all), at most
     * {@code limit}; rows without a client are left out. The caller logs them as read.
     */
    List<UUID> clients(Indicator indicator, ReportParams params, @Nullable String municipality, @Nullable String category,
                       int limit) {
        Map<String, Object> values = new HashMap<>(params.asMap());
        List<String> where = new ArrayList<>(List.of("x.client_id IS NOT NULL"));
        if (municipality != null) {
            where.add("x.municipality_code = :drillGemeente");
            values.put("drillGemeente", municipality);
        }
        if (category != null) {
            where.add("x.category = :drillCategorie");
            values.put("drillCategorie", category);
        }
        String sql = "SELECT DISTINCT x.client_id FROM (" + indicator.sql() + ") x WHERE " + String.join(" AND ", where)
                + " FETCH FIRST " + limit + " ROWS ONLY";
        return jdbc.sql(sql).params(values).query(UUID.class).list();
    }

    /** The participants' composition in one pass: a {@link Figures} per dimension of {@link ParticipationIndicators#COMPOSITION}. */
    List<Figures> composition(ReportParams params) {
        int dimensions = ParticipationIndicators.COMPOSITION.size();
        List<Map<String, Map<String, Figures.Cell>>> result = new ArrayList<>();
        for (int i = 0; i < dimensions; i++) {
            result.add(new HashMap<>());
        }
        jdbc.sql(ParticipationIndicators.compositionSql()).params(params.asMap()).query(rs -> {
            String municipality = rs.getString(1);
            long count = rs.getLong(dimensions + 2);
            for (int i = 0; i < dimensions; i++) {
                result.get(i).computeIfAbsent(municipality, k -> new HashMap<>())
                        .merge(String.valueOf(rs.getString(i + 2)), new Figures.Cell(count, 0, count), Figures.Cell::plus);
            }
        });
        return result.stream().map(Figures::new).toList();
    }
}
