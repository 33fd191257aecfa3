package nl.opstap.portfolio;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.opstap.client.ClientRef;
import nl.opstap.shared.jdbc.SqlValues;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Comments on portfolios, read per client, newest first. */
@Repository
class PortfolioComments {

    private final JdbcClient jdbc;

    PortfolioComments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PortfolioComment> ofClient(nl.opstap.client.ClientId client) {
        return jdbc.sql("SELECT id, entry_id, body, author_name, created_at FROM portfolio_comment WHERE client_id = ? "
                        + "ORDER BY created_at DESC, id")
                .param(client.value())
                .query((rs, n) -> new PortfolioComment(rs.getObject("id", UUID.class),
                        rs.getObject("entry_id") == null ? null : new PortfolioEntryId(rs.getObject("entry_id", UUID.class)),
                        rs.getString("body"), rs.getString("author_name"), Objects.requireNonNull(SqlValues.instant(rs, "created_at"))))
                .list();
    }

    void insert(ClientRef client, @Nullable PortfolioEntryId entry, String body, UUID author, String authorName, Instant at) {
        jdbc.sql("INSERT INTO portfolio_comment (id, client_id, municipality_code, entry_id, body, author_id, author_name, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), client.id().value(), client.municipality().value(), entry == null ? null : entry.value(), body,
                        author, authorName, SqlValues.timestamp(at))
                .update();
    }
}
