package nl.opstap.importing;

import static nl.opstap.shared.jdbc.SqlValues.timestamp;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.access.UserId;
import nl.opstap.organisation.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Column mappings saved by name for an organisation and kind; saving under an existing name replaces it. */
@Repository
class ImportMappings {

    record Saved(UUID id, String name, ColumnMapping mapping) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportMappings(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void save(OrganisationId organisation, ImportKind kind, String name, ColumnMapping mapping, UserId by, Instant now) {
        jdbc.sql("DELETE FROM import_mapping WHERE organisation_id = ? AND kind = ? AND name = ?")
                .params(organisation.value(), kind.name(), name).update();
        jdbc.sql("INSERT INTO import_mapping (id, organisation_id, kind, name, columns, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), organisation.value(), kind.name(), name, json.writeValueAsString(mapping.columns()), by.value(),
                        timestamp(now))
                .update();
    }

    List<Saved> of(OrganisationId organisation, ImportKind kind) {
        return jdbc.sql("SELECT id, name, columns FROM import_mapping WHERE organisation_id = ? AND kind = ? ORDER BY name")
                .params(organisation.value(), kind.name())
                .query((rs, n) -> new Saved(rs.getObject(1, UUID.class), rs.getString(2),
                        new ColumnMapping(json.readValue(rs.getString(3), new tools.jackson.core.type.TypeReference<java.util.Map<String, String>>() {}))))
                .list();
    }

    Optional<Saved> find(OrganisationId organisation, ImportKind kind, UUID id) {
        return of(organisation, kind).stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
