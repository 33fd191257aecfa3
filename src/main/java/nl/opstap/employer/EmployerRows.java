package nl.opstap.employer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.access.Scope;
import nl.opstap.access.UserId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.shared.domain.PageResult;
import nl.opstap.shared.domain.Paging;
import nl.opstap.shared.jdbc.SqlValues;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The employer table. Every read takes the caller's scope. */
@Repository
class EmployerRows {

    private static final String COLUMNS = """
            id, organisation_id, municipality_code, kvk_number, name, sbi_section, street, house_number, postcode, city, employees,
            interest_jobs, interest_carving, manager_wi, manager_ez, version""";

    /** Search criteria of the list; null means "any". */
    record Query(@Nullable String text, @Nullable UserId manager, @Nullable LocalDate notContactedSince) {}

    private final JdbcClient jdbc;

    EmployerRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Employer> find(Scope scope, EmployerId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM employer WHERE id = :id AND municipality_code IN (:scope)")
                .param("id", id.value()).param("scope", scope.codes()).query(EmployerRows::map).optional();
    }

    /** KvK number to employer, for the employers in scope. */
    java.util.Map<String, EmployerId> kvkNumbers(Scope scope) {
        java.util.Map<String, EmployerId> found = new java.util.HashMap<>();
        jdbc.sql("SELECT id, kvk_number FROM employer WHERE municipality_code IN (:scope)").param("scope", scope.codes())
                .query(rs -> { found.put(rs.getString("kvk_number"), new EmployerId(rs.getObject("id", java.util.UUID.class))); });
        return found;
    }

    /** The organisation's employer with this KvK number, if it is in scope (imports match on it). */
    Optional<Employer> findByKvk(Scope scope, OrganisationId organisation, String kvk) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM employer WHERE organisation_id = :organisation AND kvk_number = :kvk AND municipality_code IN (:scope)")
                .param("organisation", organisation.value()).param("kvk", kvk).param("scope", scope.codes()).query(EmployerRows::map).optional();
    }

    PageResult<Employer> search(Scope scope, Query query, Paging paging) {
        StringBuilder where = new StringBuilder(" WHERE e.municipality_code IN (:scope)");
        var params = new java.util.HashMap<String, Object>();
        params.put("scope", scope.codes());
        if (query.text() != null && !query.text().isBlank()) {
            String term = query.text().strip();
            where.append(" AND (LOWER(e.name) LIKE :like ESCAPE '\\' OR e.kvk_number = :exact OR e.postcode LIKE :pc ESCAPE '\\')");
            params.put("like", "%" + escape(term.toLowerCase(java.util.Locale.ROOT)) + "%");
            params.put("exact", term);
            params.put("pc", escape(EmployerRules.normalisePostcode(term)) + "%");
        }
        if (query.manager() != null) {
            where.append(" AND (e.manager_wi = :manager OR e.manager_ez = :manager)");
            params.put("manager", query.manager().value());
        }
        if (query.notContactedSince() != null) {
            where.append(" AND NOT EXISTS (SELECT 1 FROM employer_contact_moment m WHERE m.employer_id = e.id AND m.moment_date >= :since)");
            params.put("since", query.notContactedSince());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM employer e" + where).params(params).query(Long.class).single();
        List<Employer> rows = jdbc.sql("SELECT " + prefixed() + " FROM employer e" + where + " ORDER BY e.name, e.id LIMIT :size OFFSET :offset")
                .params(params).param("size", paging.size()).param("offset", paging.offset()).query(EmployerRows::map).list();
        return new PageResult<>(rows, paging.page(), paging.size(), total);
    }

    List<Employer> all(Scope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM employer WHERE municipality_code IN (:scope) ORDER BY name, id")
                .param("scope", scope.codes()).query(EmployerRows::map).list();
    }

    List<Employer> named(Scope scope, java.util.Collection<EmployerId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM employer WHERE id IN (:ids) AND municipality_code IN (:scope)")
                .param("ids", ids.stream().map(EmployerId::value).distinct().toList()).param("scope", scope.codes())
                .query(EmployerRows::map).list();
    }

    boolean kvkTaken(OrganisationId organisation, String kvk, EmployerId except) {
        return jdbc.sql("SELECT COUNT(*) FROM employer WHERE organisation_id = ? AND kvk_number = ? AND id <> ?")
                .params(organisation.value(), kvk, except.value()).query(Long.class).single() > 0;
    }

    boolean any() {
        return jdbc.sql("SELECT COUNT(*) FROM employer").query(Long.class).single() > 0;
    }

    void insert(EmployerId id, OrganisationId organisation, EmployerForm f, Instant now) {
        jdbc.sql("""
                INSERT INTO employer (id, organisation_id, municipality_code, kvk_number, name, sbi_section, street, house_number, postcode,
                    city, employees, interest_jobs, interest_carving, manager_wi, manager_ez, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(id.value(), organisation.value(), f.municipality(), f.kvk(), EmployerForm.clean(f.name()), sbi(f),
                        EmployerForm.clean(f.street()), EmployerForm.clean(f.houseNumber()), EmployerRules.normalisePostcode(f.postcode()),
                        EmployerForm.clean(f.city()), f.employees(), Boolean.TRUE.equals(f.interestJobs()), Boolean.TRUE.equals(f.interestCarving()),
                        f.managerWi(), f.managerEz(), SqlValues.timestamp(now), SqlValues.timestamp(now)).update();
    }

    /** Changes the employer if it still has the expected version; false when someone else changed it first. */
    boolean update(EmployerId id, int expectedVersion, OrganisationId organisation, EmployerForm f, Instant now) {
        return jdbc.sql("""
                UPDATE employer SET organisation_id = ?, municipality_code = ?, kvk_number = ?, name = ?, sbi_section = ?, street = ?, house_number = ?, postcode = ?, city = ?,
                    employees = ?, interest_jobs = ?, interest_carving = ?, manager_wi = ?, manager_ez = ?, updated_at = ?,
                    version = version + 1 WHERE id = ? AND version = ?""")
                .params(organisation.value(), f.municipality(), f.kvk(), EmployerForm.clean(f.name()), sbi(f), EmployerForm.clean(f.street()), EmployerForm.clean(f.houseNumber()),
                        EmployerRules.normalisePostcode(f.postcode()), EmployerForm.clean(f.city()), f.employees(),
                        Boolean.TRUE.equals(f.interestJobs()), Boolean.TRUE.equals(f.interestCarving()), f.managerWi(), f.managerEz(),
                        SqlValues.timestamp(now), id.value(), expectedVersion).update() == 1;
    }

    private static String sbi(EmployerForm f) {
        return java.util.Objects.requireNonNull(f.sbi()).name();
    }

    private static String prefixed() {
        List<String> cols = new ArrayList<>();
        for (String c : COLUMNS.split(",")) {
            cols.add("e." + c.strip());
        }
        return String.join(", ", cols);
    }

    private static String escape(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Employer map(ResultSet rs, int n) throws SQLException {
        UUID wi = SqlValues.uuid(rs, "manager_wi");
        UUID ez = SqlValues.uuid(rs, "manager_ez");
        return new Employer(new EmployerId(rs.getObject("id", UUID.class)), new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                new MunicipalityCode(rs.getString("municipality_code")), rs.getString("kvk_number"), rs.getString("name"),
                SbiSection.valueOf(rs.getString("sbi_section")), rs.getString("street"), rs.getString("house_number"),
                rs.getString("postcode"), rs.getString("city"), rs.getInt("employees"), rs.getBoolean("interest_jobs"),
                rs.getBoolean("interest_carving"), wi == null ? null : new UserId(wi), ez == null ? null : new UserId(ez), rs.getInt("version"));
    }
}
