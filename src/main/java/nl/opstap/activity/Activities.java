package nl.opstap.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.shared.jdbc.SqlValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The activity catalogue. Every query is limited to organisations the caller may see. */
@Repository
class Activities {

    private static final String COLUMNS = "id, organisation_id, name, kind, provider, capacity, duration_weeks, description, active, version";

    private final JdbcClient jdbc;

    Activities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Activity> of(Collection<OrganisationId> organisations) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM activity WHERE organisation_id IN (:orgs) ORDER BY name")
                .param("orgs", organisations.stream().map(OrganisationId::value).toList()).query(Activities::map).list();
    }

    Optional<Activity> find(ActivityId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM activity WHERE id = ?").param(id.value()).query(Activities::map).optional();
    }

    /** Locks the activity's row until the transaction ends, so two enrolments cannot both take the last place. */
    Optional<Activity> lock(ActivityId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM activity WHERE id = ? FOR UPDATE").param(id.value())
                .query(Activities::map).optional();
    }

    boolean nameTaken(OrganisationId organisation, String name, ActivityId except) {
        return jdbc.sql("SELECT COUNT(*) FROM activity WHERE organisation_id = ? AND LOWER(name) = LOWER(?) AND id <> ?")
                .params(organisation.value(), name, except.value()).query(Long.class).single() > 0;
    }

    void insert(ActivityId id, OrganisationId organisation, ActivityForm form, Instant now) {
        jdbc.sql("""
                INSERT INTO activity (id, organisation_id, name, kind, provider, capacity, duration_weeks, description, active,
                                      created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(id.value(), organisation.value(), form.trimmedName(), form.kind().name(), blankToNull(form.provider()),
                        form.capacity(), form.durationWeeks(), blankToNull(form.description()), form.isActive(),
                        SqlValues.timestamp(now), SqlValues.timestamp(now)).update();
    }

    void update(ActivityId id, ActivityForm form, Instant now) {
        jdbc.sql("""
                UPDATE activity SET name = ?, kind = ?, provider = ?, capacity = ?, duration_weeks = ?, description = ?, active = COALESCE(?, active),
                       updated_at = ?, version = version + 1 WHERE id = ?""")
                .params(form.trimmedName(), form.kind().name(), blankToNull(form.provider()), form.capacity(), form.durationWeeks(),
                        blankToNull(form.description()), form.active(), SqlValues.timestamp(now), id.value()).update();
    }

    void setActive(ActivityId id, boolean active, Instant now) {
        jdbc.sql("UPDATE activity SET active = ?, updated_at = ?, version = version + 1 WHERE id = ?")
                .params(active, SqlValues.timestamp(now), id.value()).update();
    }

    /** Participants taking a place today, per activity of the organisations. */
    Map<ActivityId, Integer> currentParticipants(Collection<OrganisationId> organisations, LocalDate today) {
        Map<ActivityId, Integer> result = new HashMap<>();
        if (organisations.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                SELECT p.activity_id, COUNT(*) AS n FROM participation p JOIN activity a ON a.id = p.activity_id
                WHERE a.organisation_id IN (:orgs) AND p.start_date <= :today AND (p.actual_end IS NULL OR p.actual_end >= :today)
                GROUP BY p.activity_id""")
                .param("orgs", organisations.stream().map(OrganisationId::value).toList()).param("today", today)
                .query((rs, n) -> result.put(new ActivityId(rs.getObject(1, java.util.UUID.class)), rs.getInt(2))).list();
        return result;
    }

    static @org.jspecify.annotations.Nullable String blankToNull(@org.jspecify.annotations.Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Activity map(ResultSet rs, int n) throws SQLException {
        return new Activity(new ActivityId(rs.getObject("id", java.util.UUID.class)),
                new OrganisationId(rs.getObject("organisation_id", java.util.UUID.class)), rs.getString("name"),
                ActivityKind.valueOf(rs.getString("kind")), rs.getString("provider"), SqlValues.integer(rs, "capacity"),
                SqlValues.integer(rs, "duration_weeks"), rs.getString("description"), rs.getBoolean("active"), rs.getInt("version"));
    }
}
