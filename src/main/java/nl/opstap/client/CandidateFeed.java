package nl.opstap.client;

import static nl.opstap.shared.jdbc.SqlValues.date;
import static nl.opstap.shared.jdbc.SqlValues.integer;
import static nl.opstap.shared.jdbc.SqlValues.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import nl.opstap.organisation.MunicipalityCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The feed of the matching index: the matching facts of every client, read by the system and not shown to anyone
 * (no name, BSN or street). Whoever sees a match is logged by the matching module when it shows it.
 */
@Service
public class CandidateFeed {

    private static final String SELECT = """
            SELECT id, municipality_code, postcode, education_level, gender, date_of_birth, hours_per_week, available_from,
                   driving_licence, own_transport, max_travel_km, physical_load, mental_load
            FROM client WHERE anonymised_at IS NULL""";

    private final JdbcClient jdbc;

    CandidateFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CandidateFacts> all() {
        return jdbc.sql(SELECT).query(CandidateFeed::map).list();
    }

    public Optional<CandidateFacts> of(ClientId id) {
        return jdbc.sql(SELECT + " AND id = ?").param(id.value()).query(CandidateFeed::map).optional();
    }

    /** The facts of the clients among the ids (at most a few hundred at a time: one IN list). */
    public List<CandidateFacts> of(java.util.Collection<ClientId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " AND id IN (:ids)").param("ids", ids.stream().map(ClientId::value).distinct().toList())
                .query(CandidateFeed::map).list();
    }

    private static CandidateFacts map(ResultSet rs, int row) throws SQLException {
        return new CandidateFacts(new ClientId(uuid(rs, "id")), new MunicipalityCode(rs.getString("municipality_code")),
                rs.getString("postcode"), Clients.enumOf(EducationLevel.class, rs.getString("education_level")),
                Gender.valueOf(rs.getString("gender")), date(rs, "date_of_birth"),
                new MatchingFacts(integer(rs, "hours_per_week"), date(rs, "available_from"), rs.getBoolean("driving_licence"),
                        rs.getBoolean("own_transport"), integer(rs, "max_travel_km"),
                        Clients.enumOf(LoadLevel.class, rs.getString("physical_load")),
                        Clients.enumOf(LoadLevel.class, rs.getString("mental_load")), null));
    }
}
