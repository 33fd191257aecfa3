package nl.opstap.portfolio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.shared.jdbc.SqlValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Uploaded documents in the database (ADR 0014), always found per client; the bytes are read only for a download. */
@Repository
class Documents {

    private static final String META = "id, kind, display_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by_name";

    /** A document's bytes with its metadata. */
    record Stored(PortfolioDocument meta, byte[] content) {}

    private final JdbcClient jdbc;

    Documents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PortfolioDocument> ofClient(ClientId client) {
        return jdbc.sql("SELECT " + META + " FROM portfolio_document WHERE client_id = ? ORDER BY uploaded_at DESC, id")
                .param(client.value()).query(Documents::meta).list();
    }

    Optional<PortfolioDocument> find(ClientId client, DocumentId id) {
        return jdbc.sql("SELECT " + META + " FROM portfolio_document WHERE client_id = ? AND id = ?")
                .params(client.value(), id.value()).query(Documents::meta).optional();
    }

    Optional<Stored> content(ClientId client, DocumentId id) {
        return jdbc.sql("SELECT " + META + ", content FROM portfolio_document WHERE client_id = ? AND id = ?")
                .params(client.value(), id.value()).query((rs, n) -> new Stored(meta(rs, n), rs.getBytes("content"))).optional();
    }

    void insert(ClientRef client, PortfolioDocument d, byte[] content, UUID by) {
        jdbc.sql("INSERT INTO portfolio_document (id, client_id, municipality_code, kind, display_name, content_type, size_bytes, sha256, "
                        + "content, uploaded_at, uploaded_by, uploaded_by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(d.id().value(), client.id().value(), client.municipality().value(), d.kind().code(), d.name(), d.mediaType(),
                        d.size(), d.sha256(), content, SqlValues.timestamp(d.uploadedAt()), by, d.uploadedBy())
                .update();
    }

    boolean delete(ClientId client, DocumentId id) {
        return jdbc.sql("DELETE FROM portfolio_document WHERE client_id = ? AND id = ?").params(client.value(), id.value()).update() == 1;
    }

    private static PortfolioDocument meta(ResultSet rs, int n) throws SQLException {
        return new PortfolioDocument(new DocumentId(rs.getObject("id", UUID.class)), DocumentKind.find(rs.getString("kind")).orElseThrow(),
                rs.getString("display_name"), rs.getString("content_type"), rs.getInt("size_bytes"), rs.getString("sha256"),
                Objects.requireNonNull(SqlValues.instant(rs, "uploaded_at")), rs.getString("uploaded_by_name"));
    }
}
