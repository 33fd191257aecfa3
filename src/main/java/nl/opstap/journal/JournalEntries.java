package nl.opstap.journal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.opstap.access.UserId;
import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.StaleVersionException;
import nl.opstap.shared.domain.PageResult;
import nl.opstap.shared.domain.Paging;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Journal entries of clients checked to be in the caller's scope, limited to the types the caller reads. */
@Repository
class JournalEntries {

    private static final String COLUMNS = "id, client_id, municipality_code, entry_type, entry_date, author_id, author_name, recorded_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JournalEntries(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    PageResult<JournalEntry> page(ClientId client, Set<JournalType> types, Paging paging) {
        if (types.isEmpty()) {
            return new PageResult<>(List.of(), paging.page(), paging.size(), 0);
        }
        List<String> names = types.stream().map(Enum::name).toList();
        long total = jdbc.sql("SELECT COUNT(*) FROM journal_entry WHERE client_id = :c AND entry_type IN (:t)")
                .param("c", client.value()).param("t", names).query(Long.class).single();
        List<JournalEntry> entries = withRevisions(jdbc.sql("SELECT " + COLUMNS
                        + " FROM journal_entry WHERE client_id = :c AND entry_type IN (:t)"
                        + " ORDER BY entry_date DESC, recorded_at DESC LIMIT :size OFFSET :offset")
                .param("c", client.value()).param("t", names).param("size", paging.size()).param("offset", paging.offset())
                .query(this::header).list());
        return new PageResult<>(entries, paging.page(), paging.size(), total);
    }

    List<JournalEntry> all(ClientId client, Set<JournalType> types) {
        if (types.isEmpty()) {
            return List.of();
        }
        return withRevisions(jdbc.sql("SELECT " + COLUMNS + " FROM journal_entry WHERE client_id = :c AND entry_type IN (:t)")
                .param("c", client.value()).param("t", types.stream().map(Enum::name).toList()).query(this::header).list());
    }

    Optional<JournalEntry> find(ClientId client, JournalEntryId id, Set<JournalType> types) {
        if (types.isEmpty()) {
            return Optional.empty();
        }
        return withRevisions(jdbc.sql("SELECT " + COLUMNS + " FROM journal_entry WHERE client_id = :c AND id = :id AND entry_type IN (:t)")
                .param("c", client.value()).param("id", id.value()).param("t", types.stream().map(Enum::name).toList())
                .query(this::header).list()).stream().findFirst();
    }

    boolean any() {
        return jdbc.sql("SELECT COUNT(*) FROM journal_entry").query(Long.class).single() > 0;
    }

    /** Stores new entries and added corrections, each kind in one batch. */
    void save(Collection<JournalEntry> entries) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> revisionRows = new ArrayList<>();
        for (JournalEntry e : entries) {
            if (e.isNew()) {
                rows.add(new Object[] {e.id().value(), e.client().value(), e.municipality().value(), e.type().name(), e.date(),
                        e.author() == null ? null : e.author().value(), e.authorName(), Timestamp.from(e.recordedAt()),
                        e.revisions().size()});
            } else {
                int stored = e.revisions().size() - e.addedRevisions().size();
                int updated = jdbc.sql("UPDATE journal_entry SET revisions = ? WHERE id = ? AND revisions = ?")
                        .params(e.revisions().size(), e.id().value(), stored).update();
                if (updated == 0) { // someone corrected it in between (or the same form was sent twice)
                    throw new StaleVersionException("Deze journaalregel", stored);
                }
            }
            e.addedRevisions().forEach(r -> revisionRows.add(new Object[] {e.id().value(), r.number(), r.subject(), r.text(),
                    r.reason(), Timestamp.from(r.writtenAt()), r.writtenBy() == null ? null : r.writtenBy().value(), r.writtenByName()}));
        }
        if (!rows.isEmpty()) {
            template.batchUpdate("INSERT INTO journal_entry (" + COLUMNS + ", revisions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        }
        template.batchUpdate("""
                INSERT INTO journal_revision (entry_id, revision_no, subject, body, reason, written_at, written_by, written_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", revisionRows);
    }

    private record Header(JournalEntryId id, ClientId client, MunicipalityCode municipality, JournalType type, LocalDate date,
                          UserId author, String authorName, java.time.Instant recordedAt) {}

    private Header header(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        UUID author = rs.getObject("author_id", UUID.class);
        return new Header(new JournalEntryId(rs.getObject("id", UUID.class)), new ClientId(rs.getObject("client_id", UUID.class)),
                new MunicipalityCode(rs.getString("municipality_code")), JournalType.valueOf(rs.getString("entry_type")),
                rs.getObject("entry_date", LocalDate.class), author == null ? null : new UserId(author), rs.getString("author_name"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private List<JournalEntry> withRevisions(List<Header> headers) {
        if (headers.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<JournalRevision>> revisions = new HashMap<>();
        jdbc.sql("""
                        SELECT entry_id, revision_no, subject, body, reason, written_at, written_by, written_by_name
                        FROM journal_revision WHERE entry_id IN (:ids) ORDER BY revision_no""")
                .param("ids", headers.stream().map(h -> h.id().value()).toList())
                .query(rs -> {
                    UUID by = rs.getObject("written_by", UUID.class);
                    revisions.computeIfAbsent(rs.getObject("entry_id", UUID.class), k -> new ArrayList<>()).add(new JournalRevision(
                            rs.getInt("revision_no"), rs.getString("subject"), rs.getString("body"), rs.getString("reason"),
                            rs.getTimestamp("written_at").toInstant(), by == null ? null : new UserId(by), rs.getString("written_by_name")));
                });
        return headers.stream().map(h -> {
            List<JournalRevision> list = revisions.getOrDefault(h.id().value(), List.of());
            return new JournalEntry(h.id(), h.client(), h.municipality(), h.type(), h.date(), h.author(), h.authorName(),
                    h.recordedAt(), list, list.size());
        }).toList();
    }
}
