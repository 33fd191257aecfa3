package nl.opstap.portfolio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.jdbc.SqlValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Portfolio entries, always read per client: an id alone never finds an entry of somebody else. */
@Repository
class PortfolioEntries {

    private static final String COLUMNS = "id, client_id, municipality_code, section, title, place, level, skill_key, from_date, "
            + "to_date, diploma, body, version, changed_at";

    private final JdbcClient jdbc;

    PortfolioEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PortfolioEntry> ofClient(ClientId client) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM portfolio_entry WHERE client_id = ? ORDER BY section, from_date DESC NULLS LAST, "
                + "title, id").param(client.value()).query(PortfolioEntries::map).list();
    }

    Optional<PortfolioEntry> find(ClientId client, PortfolioEntryId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM portfolio_entry WHERE client_id = ? AND id = ?")
                .params(client.value(), id.value()).query(PortfolioEntries::map).optional();
    }

    void insert(PortfolioEntry e, UUID by) {
        jdbc.sql("INSERT INTO portfolio_entry (" + COLUMNS + ", changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.id().value(), e.client().value(), e.municipality().value(), e.section().code(), e.title(), e.place(), e.level(),
                        e.skillKey(), e.from(), e.to(), e.diploma(), e.body(), e.version(), SqlValues.timestamp(e.changedAt()), by)
                .update();
    }

    /** Writes the change only over the version it was made on; false when another change came first. */
    boolean update(PortfolioEntry e, UUID by) {
        return jdbc.sql("UPDATE portfolio_entry SET title = ?, place = ?, level = ?, skill_key = ?, from_date = ?, to_date = ?, "
                        + "diploma = ?, body = ?, version = ?, changed_at = ?, changed_by = ? WHERE id = ? AND client_id = ? AND version = ?")
                .params(e.title(), e.place(), e.level(), e.skillKey(), e.from(), e.to(), e.diploma(), e.body(), e.version(),
                        SqlValues.timestamp(e.changedAt()), by, e.id().value(), e.client().value(), e.version() - 1)
                .update() == 1;
    }

    boolean delete(PortfolioEntry e) {
        jdbc.sql("DELETE FROM portfolio_comment WHERE client_id = ? AND entry_id = ?").params(e.client().value(), e.id().value()).update();
        return jdbc.sql("DELETE FROM portfolio_entry WHERE id = ? AND client_id = ? AND version = ?")
                .params(e.id().value(), e.client().value(), e.version()).update() == 1;
    }

    private static PortfolioEntry map(ResultSet rs, int n) throws SQLException {
        return new PortfolioEntry(new PortfolioEntryId(rs.getObject("id", UUID.class)), new ClientId(rs.getObject("client_id", UUID.class)),
                new MunicipalityCode(rs.getString("municipality_code")), PortfolioSection.find(rs.getString("section")).orElseThrow(),
                rs.getString("title"), rs.getString("place"), rs.getString("level"), rs.getString("skill_key"),
                SqlValues.date(rs, "from_date"), SqlValues.date(rs, "to_date"), rs.getBoolean("diploma"), rs.getString("body"),
                rs.getInt("version"), java.util.Objects.requireNonNull(SqlValues.instant(rs, "changed_at")));
    }
}
