package nl.opstap.matching;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Schema and bulk load of {@link SqlBaseline}: the tables recreated, the data set streamed through COPY into four
 * tables at once (one connection each), then keys, indexes and VACUUM ANALYZE.
 */
final class SqlLoad {

    // The centroids the engine uses; Postcodes keeps its coordinates private, so they are read here once more.
    private static final String CENTROIDS = "/reference/geo/pc4_centroids.json";
    private static final Pattern CENTROID = Pattern.compile(
            "\"(\\d{4})\"\\s*:\\s*\\{\\s*\"lat\"\\s*:\\s*\"?([-\\d.]+)\"?\\s*,\\s*\"lon\"\\s*:\\s*\"?([-\\d.]+)\"?");

    private static final String SCHEMA = """
            DROP TABLE IF EXISTS candidate_skills, candidates, vacancy_skills, vacancies, postcodes;
            CREATE TABLE postcodes (pc4 int PRIMARY KEY, lat real NOT NULL, lon real NOT NULL);
            CREATE TABLE candidates (id bigint NOT NULL, municipality int NOT NULL, consent boolean NOT NULL,
                pc4 int NOT NULL, max_travel_km int NOT NULL, hours_min int NOT NULL, hours_max int NOT NULL,
                available_from date NOT NULL, load_level int NOT NULL, driving_licence boolean NOT NULL,
                perspective_zorg boolean NOT NULL, education_level int NOT NULL, ladder_step int NOT NULL,
                interest_occupations int[] NOT NULL, experience_occupations int[] NOT NULL, sectors int[] NOT NULL,
                test_category int NOT NULL);
            CREATE TABLE candidate_skills (candidate_id bigint NOT NULL, skill int NOT NULL);
            CREATE TABLE vacancies (id bigint NOT NULL, municipality int NOT NULL, pc4 int NOT NULL,
                hours_min int NOT NULL, hours_max int NOT NULL, start date NOT NULL, physical_demands int NOT NULL,
                driving_licence_required boolean NOT NULL, occupation int NOT NULL, occupation_group int NOT NULL,
                sector int NOT NULL, education_level int NOT NULL);
            CREATE TABLE vacancy_skills (vacancy_id bigint NOT NULL, required boolean NOT NULL, skill int NOT NULL);
            """;

    // Keys and indexes after the bulk load (faster than maintaining them row by row); then VACUUM ANALYZE as
    // autovacuum would eventually: statistics, and the visibility map that lets index-only scans skip the heap.
    private static final String INDEXES = """
            SET maintenance_work_mem = '1GB'; -- this session only: faster index builds
            ALTER TABLE candidates ADD PRIMARY KEY (id);
            ALTER TABLE candidate_skills ADD PRIMARY KEY (candidate_id, skill);
            ALTER TABLE vacancies ADD PRIMARY KEY (id);
            ALTER TABLE vacancy_skills ADD PRIMARY KEY (vacancy_id, required, skill);
            CREATE INDEX candidates_municipality ON candidates (municipality);
            CREATE INDEX candidate_skills_skill ON candidate_skills (skill);
            CREATE INDEX vacancies_municipality ON vacancies (municipality);
            """;

    record Load(String version, double copySeconds, double indexSeconds, long skillRows, long bytes) {}

    private SqlLoad() {}

    /** Recreates the tables and loads the data set the engine holds (regenerated: same arguments, same profiles). */
    static Load load(Connection db, String url, SyntheticProfiles data, int candidates, int vacancies, long seed) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute(SCHEMA);
        }
        long t = System.nanoTime();
        try (CopyStream areas = new CopyStream(url, "postcodes")) {
            Matcher m = CENTROID.matcher(new String(SqlLoad.class.getResourceAsStream(CENTROIDS).readAllBytes(),
                    StandardCharsets.UTF_8));
            while (m.find()) {  // parsed as Postcodes does, to the same float values
                areas.row().append(m.group(1)).append('\t').append(Float.parseFloat(m.group(2))).append('\t')
                        .append(Float.parseFloat(m.group(3)));
            }
        }
        long[] skillRows = {0};
        try (CopyStream cs = new CopyStream(url, "candidates"); CopyStream csk = new CopyStream(url, "candidate_skills");
                CopyStream vs = new CopyStream(url, "vacancies"); CopyStream vsk = new CopyStream(url, "vacancy_skills")) {
            data.generate(candidates, vacancies, seed, new SyntheticProfiles.Sink() {
                public void candidate(CandidateProfile c) {
                    cs.row().append(c.id()).append('\t').append(c.municipality()).append('\t').append(c.consent())
                            .append('\t').append(c.pc4()).append('\t').append(c.maxTravelKm()).append('\t')
                            .append(c.hoursMin()).append('\t').append(c.hoursMax()).append('\t').append(c.availableFrom())
                            .append('\t').append(c.loadLevel()).append('\t').append(c.drivingLicence()).append('\t')
                            .append(c.perspectiveZorg()).append('\t').append(c.educationLevel()).append('\t')
                            .append(c.ladderStep()).append('\t').append(array(c.interestOccupations())).append('\t')
                            .append(array(c.experienceOccupations())).append('\t').append(array(c.sectors()))
                            .append('\t').append(c.testCategory());
                    for (int skill : c.skills()) {
                        csk.row().append(c.id()).append('\t').append(skill);
                    }
                    skillRows[0] += c.skills().length;
                }

                public void vacancy(VacancyProfile v) {
                    vs.row().append(v.id()).append('\t').append(v.municipality()).append('\t').append(v.pc4()).append('\t')
                            .append(v.hoursMin()).append('\t').append(v.hoursMax()).append('\t').append(v.start())
                            .append('\t').append(v.physicalDemands()).append('\t').append(v.drivingLicenceRequired())
                            .append('\t').append(v.occupation()).append('\t').append(v.occupationGroup()).append('\t')
                            .append(v.sector()).append('\t').append(v.educationLevel());
                    for (int skill : v.requiredSkills()) {
                        vsk.row().append(v.id()).append("\ttrue\t").append(skill);
                    }
                    for (int skill : v.desiredSkills()) {
                        vsk.row().append(v.id()).append("\tfalse\t").append(skill);
                    }
                }
            });
        }
        double copy = (System.nanoTime() - t) / 1e9;
        t = System.nanoTime();
        try (Statement s = db.createStatement()) {
            s.execute(INDEXES);
            s.execute("VACUUM ANALYZE");  // not allowed in the implicit transaction of a multi-statement string
        }
        double index = (System.nanoTime() - t) / 1e9;
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT current_setting('server_version'), pg_database_size(current_database())")) {
            rs.next();
            return new Load(rs.getString(1), copy, index, skillRows[0], rs.getLong(2));
        }
    }

    private static String array(int[] values) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : ",").append(values[i]);
        }
        return b.append('}').toString();
    }
}
