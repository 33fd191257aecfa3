package nl.opstap.matching;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * The same top-K as plain SQL on PostgreSQL, built the way a typical system would: a candidates table with the
 * profile columns, skills in a link table (candidate_id, skill) as an ORM element collection makes them, the short
 * lists (at most three occupations or sectors) as int[] columns, the PC4 centroids in a table, B-tree indexes on
 * municipality and skill. One statement applies every hard filter and the full weighted score of all nine criteria,
 * with the same formulas as the engine (equirectangular distance on the centroids included). Schema and load:
 * {@link SqlLoad}.
 */
final class SqlBaseline implements AutoCloseable {

    private static final String[] CRITERIA_ORDER = {"occupation", "requiredSkills", "desiredSkills", "sector", "education",
        "experience", "testResult", "ladderStep", "distance"};

    // Parameters: vacancy id, municipalities, rejected ids, the nine weights in CRITERIA_ORDER, limit.
    private static final String TOP_CANDIDATES = """
            WITH v AS (
                SELECT v.*, p.lat, p.lon,
                       ARRAY(SELECT skill FROM vacancy_skills s WHERE s.vacancy_id = v.id AND s.required) AS req,
                       ARRAY(SELECT skill FROM vacancy_skills s WHERE s.vacancy_id = v.id AND NOT s.required) AS des
                FROM vacancies v JOIN postcodes p ON p.pc4 = v.pc4 WHERE v.id = ?
            ), eligible AS (
                SELECT c.*, radians(1) * 6371 * sqrt(power((cp.lon - v.lon) * cos(radians(v.lat)), 2)
                                                     + power(cp.lat - v.lat, 2)) AS km
                FROM v, candidates c JOIN postcodes cp ON cp.pc4 = c.pc4
                WHERE c.municipality = ANY(?) AND c.consent AND NOT c.perspective_zorg
                  AND c.hours_max >= v.hours_min AND v.hours_max >= c.hours_min
                  AND c.available_from <= v.start AND c.load_level >= v.physical_demands
                  AND (c.driving_licence OR NOT v.driving_licence_required)
                  AND c.id <> ALL(?)
            )
            SELECT e.id,
                  ? * (v.occupation = ANY(e.interest_occupations))::int
                + ? * CASE WHEN cardinality(v.req) = 0 THEN 1 ELSE (SELECT count(*) FROM candidate_skills s
                          WHERE s.candidate_id = e.id AND s.skill = ANY(v.req))::float8 / cardinality(v.req) END
                + ? * CASE WHEN cardinality(v.des) = 0 THEN 1 ELSE (SELECT count(*) FROM candidate_skills s
                          WHERE s.candidate_id = e.id AND s.skill = ANY(v.des))::float8 / cardinality(v.des) END
                + ? * (v.sector = ANY(e.sectors))::int
                + ? * CASE WHEN v.education_level <= e.education_level THEN 1
                           WHEN v.education_level = e.education_level + 1 THEN 0.5 ELSE 0 END
                + ? * (v.occupation = ANY(e.experience_occupations))::int
                + ? * CASE WHEN e.test_category BETWEEN 1 AND 3 THEN (4 - e.test_category) / 3.0 ELSE 0 END
                + ? * (least(greatest(e.ladder_step, 1), 6) - 1) / 5.0
                + ? * CASE WHEN e.max_travel_km = 0 THEN 1 ELSE greatest(0, 1 - e.km / e.max_travel_km) END AS score
            FROM eligible e, v
            WHERE e.km <= e.max_travel_km
            ORDER BY score DESC, e.id
            LIMIT ?
            """;

    private final String url;
    private final Connection db;
    private PreparedStatement top;

    private SqlBaseline(String url) throws SQLException {
        this.url = url;
        this.db = connect(url);
    }

    /** Connects to {@code database} on {@code server} (a JDBC URL ending in '/'), creating the database if missing. */
    static SqlBaseline open(String server, String database) throws SQLException {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new SQLException("unsafe database name " + database);
        }
        try (Connection admin = connect(server + "postgres"); Statement s = admin.createStatement();
                ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + database);
            }
        }
        return new SqlBaseline(server + database);
    }

    /** Recreates the tables and loads the data set the engine holds (regenerated: same arguments, same profiles). */
    SqlLoad.Load load(SyntheticProfiles data, int candidates, int vacancies, long seed) throws Exception {
        return SqlLoad.load(db, url, data, candidates, vacancies, seed);
    }

    /** Rewrites candidates in municipality order so that a region's rows share pages; later writes undo it. */
    double clusterByMunicipality() throws SQLException {
        long t = System.nanoTime();
        try (Statement s = db.createStatement()) {
            s.execute("CLUSTER candidates USING candidates_municipality");
            s.execute("VACUUM ANALYZE candidates");
        }
        return (System.nanoTime() - t) / 1e9;
    }

    record Ranked(long[] ids, double[] scores) {}

    /** The top candidates for a vacancy by the SQL statement, best first. */
    Ranked topCandidates(long vacancyId, MatchQuery query) throws SQLException {
        if (top == null) {
            top = db.prepareStatement(TOP_CANDIDATES);
        }
        int i = 1;
        top.setLong(i++, vacancyId);
        top.setObject(i++, query.municipalities().stream().mapToInt(Integer::intValue).toArray());
        top.setObject(i++, query.rejected().stream().mapToLong(Long::longValue).toArray());
        for (String code : CRITERIA_ORDER) {
            top.setDouble(i++, query.weights().of(code));
        }
        top.setInt(i, query.limit());
        long[] ids = new long[query.limit()];
        double[] scores = new double[query.limit()];
        int n = 0;
        try (ResultSet rs = top.executeQuery()) {
            while (rs.next()) {
                ids[n] = rs.getLong(1);
                scores[n++] = rs.getDouble(2);
            }
        }
        return new Ranked(Arrays.copyOf(ids, n), Arrays.copyOf(scores, n));
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, "postgres", "");
    }
}
