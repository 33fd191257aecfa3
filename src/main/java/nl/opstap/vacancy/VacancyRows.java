package nl.opstap.vacancy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.access.Scope;
import nl.opstap.client.EducationLevel;
import nl.opstap.client.LoadLevel;
import nl.opstap.employer.EmployerId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.jdbc.SqlValues;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The vacancy tables. Every read takes the caller's scope. */
@Repository
class VacancyRows {

    private static final String COLUMNS = """
            id, employer_id, municipality_code, title, occupation_uri, sector_code, postcode, hours_min, hours_max, start_date,
            publication_date, closing_date, education_level, driving_licence, physical_demands, afspraakbaan, positions, status, version""";

    /** SQL-side filters of a search; null means "any". */
    record Filter(@Nullable VacancyStatus status, @Nullable String sector, @Nullable EmployerId employer, @Nullable String text,
                  @Nullable Integer hoursMin, @Nullable Integer hoursMax) {}

    private final JdbcClient jdbc;

    VacancyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Vacancy> find(Scope scope, VacancyId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM vacancy WHERE id = :id AND municipality_code IN (:scope)")
                .param("id", id.value()).param("scope", scope.codes()).query(VacancyRows::map).optional()
                .map(v -> withSkills(List.of(v)).getFirst());
    }

    List<Vacancy> findAll(Scope scope, Collection<VacancyId> ids) {
        List<Vacancy> out = new ArrayList<>();
        List<UUID> all = ids.stream().map(VacancyId::value).distinct().toList();
        for (int i = 0; i < all.size(); i += 500) {
            out.addAll(jdbc.sql("SELECT " + COLUMNS + " FROM vacancy WHERE id IN (:ids) AND municipality_code IN (:scope)")
                    .param("ids", all.subList(i, Math.min(all.size(), i + 500))).param("scope", scope.codes())
                    .query(VacancyRows::map).list());
        }
        return out;
    }

    /** One vacancy by id (any status), or every open one when id is null; no scope: the matching feed. */
    List<Vacancy> matchable(@Nullable VacancyId id) {
        return id != null
                ? jdbc.sql("SELECT " + COLUMNS + " FROM vacancy WHERE id = ?").param(id.value()).query(VacancyRows::map).list()
                : jdbc.sql("SELECT " + COLUMNS + " FROM vacancy WHERE status = 'OPEN'").query(VacancyRows::map).list();
    }

    /** Every vacancy in scope that passes the filter, newest first, without skills. */
    List<Vacancy> candidates(Scope scope, Filter f) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM vacancy WHERE municipality_code IN (:scope)");
        Map<String, Object> params = new HashMap<>();
        params.put("scope", scope.codes());
        if (f.status() != null) {
            sql.append(" AND status = :status");
            params.put("status", f.status().name());
        }
        if (f.sector() != null) {
            sql.append(" AND sector_code = :sector");
            params.put("sector", f.sector());
        }
        if (f.employer() != null) {
            sql.append(" AND employer_id = :employer");
            params.put("employer", f.employer().value());
        }
        if (f.text() != null && !f.text().isBlank()) {
            sql.append(" AND LOWER(title) LIKE :like ESCAPE '\\'");
            params.put("like", "%" + f.text().strip().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.hoursMin() != null) {
            sql.append(" AND hours_max >= :hmin");
            params.put("hmin", f.hoursMin());
        }
        if (f.hoursMax() != null) {
            sql.append(" AND hours_min <= :hmax");
            params.put("hmax", f.hoursMax());
        }
        sql.append(" ORDER BY publication_date DESC, title, id");
        return jdbc.sql(sql.toString()).params(params).query(VacancyRows::map).list();
    }

    /** The vacancies with their skills, loaded in one query. */
    List<Vacancy> withSkills(List<Vacancy> vacancies) {
        if (vacancies.isEmpty()) {
            return vacancies;
        }
        Map<UUID, List<Object[]>> rows = new HashMap<>();
        for (List<Vacancy> chunk : chunks(vacancies)) {
            jdbc.sql("SELECT vacancy_id, required, skill_uri, competence_id FROM vacancy_skill WHERE vacancy_id IN (:ids) ORDER BY position")
                    .param("ids", chunk.stream().map(v -> v.id().value()).toList())
                    .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getBoolean(2), rs.getString(3), SqlValues.uuid(rs, "competence_id")})
                    .list().forEach(r -> rows.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(r));
        }
        return vacancies.stream().map(v -> with(v, skills(rows.getOrDefault(v.id().value(), List.of())))).toList();
    }

    boolean any() {
        return jdbc.sql("SELECT COUNT(*) FROM vacancy").query(Long.class).single() > 0;
    }

    void insert(Vacancy v, Instant now) {
        jdbc.sql("""
                INSERT INTO vacancy (id, employer_id, municipality_code, title, occupation_uri, sector_code, postcode, hours_min, hours_max,
                    start_date, publication_date, closing_date, education_level, driving_licence, physical_demands, afspraakbaan, positions,
                    status, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(v.id().value(), v.employer().value(), v.municipality().value(), v.title(), v.occupationUri(), v.sector(), v.postcode(),
                        v.hoursMin(), v.hoursMax(), v.startDate(), v.publicationDate(), v.closingDate(), name(v.educationLevel()),
                        v.drivingLicence(), name(v.physicalDemands()), v.afspraakbaan(), v.positions(), v.status().name(),
                        SqlValues.timestamp(now), SqlValues.timestamp(now)).update();
        insertSkills(v);
    }

    /** Changes the vacancy if it still has the expected version; false when someone else changed it first. */
    boolean update(Vacancy v, int expectedVersion, Instant now) {
        boolean done = jdbc.sql("""
                UPDATE vacancy SET title = ?, occupation_uri = ?, sector_code = ?, postcode = ?, hours_min = ?, hours_max = ?, start_date = ?,
                    closing_date = ?, education_level = ?, driving_licence = ?, physical_demands = ?, afspraakbaan = ?, positions = ?, status = ?,
                    updated_at = ?, version = version + 1 WHERE id = ? AND version = ?""")
                .params(v.title(), v.occupationUri(), v.sector(), v.postcode(), v.hoursMin(), v.hoursMax(), v.startDate(), v.closingDate(),
                        name(v.educationLevel()), v.drivingLicence(), name(v.physicalDemands()), v.afspraakbaan(), v.positions(),
                        v.status().name(), SqlValues.timestamp(now), v.id().value(), expectedVersion).update() == 1;
        if (done) {
            jdbc.sql("DELETE FROM vacancy_skill WHERE vacancy_id = ?").param(v.id().value()).update();
            insertSkills(v);
        }
        return done;
    }

    private void insertSkills(Vacancy v) {
        List<Object[]> rows = new ArrayList<>();
        VacancySkills s = v.skills();
        s.requiredUris().forEach(uri -> rows.add(new Object[] {v.id().value(), true, uri, null, rows.size()}));
        s.desiredUris().forEach(uri -> rows.add(new Object[] {v.id().value(), false, uri, null, rows.size()}));
        s.requiredCompetences().forEach(c -> rows.add(new Object[] {v.id().value(), true, null, c, rows.size()}));
        s.desiredCompetences().forEach(c -> rows.add(new Object[] {v.id().value(), false, null, c, rows.size()}));
        for (Object[] r : rows) {
            jdbc.sql("INSERT INTO vacancy_skill (vacancy_id, required, skill_uri, competence_id, position) VALUES (?, ?, ?, ?, ?)")
                    .params(r).update();
        }
    }

    private static List<List<Vacancy>> chunks(List<Vacancy> all) {
        List<List<Vacancy>> result = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            result.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return result;
    }

    private static VacancySkills skills(Collection<Object[]> rows) {
        List<String> reqUri = new ArrayList<>();
        List<String> desUri = new ArrayList<>();
        List<UUID> reqComp = new ArrayList<>();
        List<UUID> desComp = new ArrayList<>();
        for (Object[] r : rows) {
            boolean required = (Boolean) r[1];
            if (r[2] != null) {
                (required ? reqUri : desUri).add((String) r[2]);
            } else {
                (required ? reqComp : desComp).add((UUID) r[3]);
            }
        }
        return new VacancySkills(reqUri, desUri, reqComp, desComp);
    }

    private static Vacancy with(Vacancy v, VacancySkills s) {
        return new Vacancy(v.id(), v.employer(), v.municipality(), v.title(), v.occupationUri(), v.sector(), v.postcode(), v.hoursMin(),
                v.hoursMax(), v.startDate(), v.publicationDate(), v.closingDate(), v.educationLevel(), v.drivingLicence(), v.physicalDemands(),
                v.afspraakbaan(), v.positions(), v.status(), s, v.version());
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Vacancy map(ResultSet rs, int n) throws SQLException {
        String education = rs.getString("education_level");
        String load = rs.getString("physical_demands");
        return new Vacancy(new VacancyId(rs.getObject("id", UUID.class)), new EmployerId(rs.getObject("employer_id", UUID.class)),
                new MunicipalityCode(rs.getString("municipality_code")), rs.getString("title"), rs.getString("occupation_uri"),
                rs.getString("sector_code"), rs.getString("postcode"), rs.getInt("hours_min"), rs.getInt("hours_max"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("publication_date", LocalDate.class),
                rs.getObject("closing_date", LocalDate.class), education == null ? null : EducationLevel.valueOf(education),
                rs.getBoolean("driving_licence"), load == null ? null : LoadLevel.valueOf(load), rs.getBoolean("afspraakbaan"),
                rs.getInt("positions"), VacancyStatus.valueOf(rs.getString("status")), VacancySkills.none(), rs.getInt("version"));
    }
}
