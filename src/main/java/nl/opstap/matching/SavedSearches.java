package nl.opstap.matching;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.access.Scope;
import nl.opstap.organisation.MunicipalityCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Saved match searches (table matching_saved_search): the filters as a query string, for one direction, kept by
 * the owner and, when shared, visible to everyone who matches in the municipality (the team).
 */
@Repository
class SavedSearches {

    /** A saved search; {@code query} is the filters as URL parameters. */
    record SavedSearch(@JsonProperty("id") UUID id, @JsonProperty("gemeenteCode") String municipality,
                       @JsonProperty("naam") String name, @JsonProperty("richting") String direction,
                       @JsonProperty("gedeeld") boolean shared, @JsonProperty("filters") String query,
                       @JsonProperty("eigenaarId") UUID owner) {}

    static final String CANDIDATES = "kandidaten";
    static final String VACANCIES = "vacatures";

    private final JdbcClient jdbc;

    SavedSearches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's own searches and the shared ones of the municipalities in scope, by name. */
    List<SavedSearch> visible(Scope scope, UUID user, String direction) {
        return jdbc.sql("""
                SELECT id, municipality_code, name, direction, shared, filters, owner_id FROM matching_saved_search
                WHERE direction = :direction AND municipality_code IN (:scope) AND (owner_id = :user OR shared)
                ORDER BY name""")
                .param("direction", direction).param("scope", scope.codes()).param("user", user)
                .query((rs, n) -> new SavedSearch(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getString(6), rs.getObject(7, UUID.class))).list();
    }

    Optional<SavedSearch> find(Scope scope, UUID user, UUID id) {
        return jdbc.sql("""
                SELECT id, municipality_code, name, direction, shared, filters, owner_id FROM matching_saved_search
                WHERE id = :id AND municipality_code IN (:scope) AND (owner_id = :user OR shared)""")
                .param("id", id).param("scope", scope.codes()).param("user", user)
                .query((rs, n) -> new SavedSearch(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getString(6), rs.getObject(7, UUID.class))).optional();
    }

    void insert(SavedSearch s, Instant now) {
        jdbc.sql("""
                INSERT INTO matching_saved_search (id, municipality_code, owner_id, name, direction, shared, filters, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.id(), s.municipality(), s.owner(), s.name(), s.direction(), s.shared(), s.query(), Timestamp.from(now)).update();
    }

    /** Deletes the user's own search; false when it is not theirs. */
    boolean delete(UUID user, UUID id) {
        return jdbc.sql("DELETE FROM matching_saved_search WHERE id = ? AND owner_id = ?").params(id, user).update() > 0;
    }

    static boolean inScope(Scope scope, String municipality) {
        return scope.contains(new MunicipalityCode(municipality));
    }
}
