package nl.opstap.matching;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The skills and competences recorded for clients (table matching_candidate_skill), as skill keys. */
@Repository
class CandidateSkills {

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;

    CandidateSkills(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    List<String> of(ClientId client) {
        return jdbc.sql("SELECT skill_key FROM matching_candidate_skill WHERE client_id = ? ORDER BY skill_key")
                .param(client.value()).query(String.class).list();
    }

    Map<UUID, List<String>> all() {
        return jdbc.sql("SELECT client_id, skill_key FROM matching_candidate_skill ORDER BY skill_key")
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** Inserts many skills at once (imports, demo data): client id, skill key, municipality code. */
    void insertAll(List<Object[]> rows) {
        batch.batchUpdate("INSERT INTO matching_candidate_skill (client_id, skill_key, municipality_code) VALUES (?, ?, ?)", rows);
    }

    /** Replaces the client's recorded skills. */
    void replace(ClientId client, MunicipalityCode municipality, List<String> keys) {
        jdbc.sql("DELETE FROM matching_candidate_skill WHERE client_id = ?").param(client.value()).update();
        for (String key : keys.stream().distinct().toList()) {
            jdbc.sql("INSERT INTO matching_candidate_skill (client_id, skill_key, municipality_code) VALUES (?, ?, ?)")
                    .params(client.value(), key, municipality.value()).update();
        }
    }
}
