package nl.opstap.audit;

import static nl.opstap.shared.jdbc.SqlValues.instant;
import static nl.opstap.shared.jdbc.SqlValues.timestamp;
import static nl.opstap.shared.jdbc.SqlValues.uuid;

import java.util.List;
import java.util.function.Consumer;
import nl.opstap.shared.domain.PageResult;
import nl.opstap.shared.domain.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored log: append, read per subject, walk the chain. There is no update and no delete. */
@Repository
class LogEntries {

    record Head(long lastSeq, String lastHash) {}

    private static final java.util.List<String> COLUMNS = java.util.List.of("seq", "id", "occurred_at", "user_id", "username", "role",
            "activity", "action", "subject", "municipality_code", "outcome", "channel", "request_id", "prev_hash", "hash");

    private final JdbcClient jdbc;
    private final nl.opstap.shared.jdbc.BulkInsert bulk;

    LogEntries(JdbcClient jdbc, nl.opstap.shared.jdbc.BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /** Locks the chain head until the transaction ends: writers queue here, so the chain never forks. */
    Head lockHead() {
        return jdbc.sql("SELECT last_seq, last_hash FROM processing_log_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash"))).single();
    }

    /** Appends the links in one batch: a list page logs every client it shows, in one round trip. */
    void append(List<StoredLink> links) {
        bulk.rows("processing_log", COLUMNS, links.stream().map(stored -> {
            ChainLink link = stored.link();
            return new Object[] {link.seq(), link.id(), timestamp(link.occurredAt()), link.userId(), link.username(),
                    link.role(), link.activity(), link.action(), link.subject(), link.municipality(), link.outcome(),
                    link.channel(), link.requestId(), link.prevHash(), stored.hash()};
        }).toList());
    }

    void moveHead(long seq, String hash) {
        jdbc.sql("UPDATE processing_log_head SET last_seq = ?, last_hash = ? WHERE id = 1").params(seq, hash).update();
    }

    PageResult<LogEntry> ofSubject(String subject, Paging paging) {
        long total = jdbc.sql("SELECT COUNT(*) FROM processing_log WHERE subject = ?").param(subject)
                .query(Long.class).single();
        List<LogEntry> entries = jdbc.sql("""
                SELECT seq, occurred_at, username, role, activity, action, outcome, channel
                FROM processing_log WHERE subject = ? ORDER BY seq DESC LIMIT ? OFFSET ?""")
                .params(subject, paging.size(), paging.offset())
                .query((rs, n) -> new LogEntry(rs.getLong("seq"), instant(rs, "occurred_at"), rs.getString("username"),
                        rs.getString("role"), rs.getString("activity"), rs.getString("action"), rs.getString("outcome"),
                        rs.getString("channel")))
                .list();
        return new PageResult<>(entries, paging.page(), paging.size(), total);
    }

    /** Streams every entry after {@code afterSeq} up to and including {@code lastSeq}, in chain order. */
    void walk(long afterSeq, long lastSeq, Consumer<StoredLink> visitor) {
        jdbc.sql("""
                SELECT seq, id, occurred_at, user_id, username, role, activity, action, subject, municipality_code,
                       outcome, channel, request_id, prev_hash, hash
                FROM processing_log WHERE seq > ? AND seq <= ? ORDER BY seq""")
                .params(afterSeq, lastSeq)
                .query(rs -> {
                    visitor.accept(new StoredLink(new ChainLink(rs.getLong("seq"), uuid(rs, "id"), instant(rs, "occurred_at"),
                            uuid(rs, "user_id"), rs.getString("username"), rs.getString("role"), rs.getString("activity"),
                            rs.getString("action"), rs.getString("subject"), rs.getString("municipality_code"),
                            rs.getString("outcome"), rs.getString("channel"), rs.getString("request_id"),
                            rs.getString("prev_hash")), rs.getString("hash")));
                });
    }

    /** The newest anchor: the last entry removed by the log's retention, or the genesis when none was removed. */
    Head anchor() {
        return jdbc.sql("SELECT through_seq, through_hash FROM processing_log_anchor ORDER BY through_seq DESC LIMIT 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).optional()
                .orElse(new Head(0, ChainVerifier.GENESIS));
    }

    /** The newest entry written before the cutoff, or empty. */
    java.util.Optional<Head> lastWrittenBefore(java.time.Instant cutoff) {
        return jdbc.sql("""
                SELECT seq, hash FROM processing_log
                WHERE seq = (SELECT MAX(seq) FROM processing_log WHERE occurred_at < ?)""")
                .param(timestamp(cutoff)).query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).optional();
    }

    /** Records the anchor, then removes the prefix up to it (the triggers allow no other delete); returns how many. */
    long removeThrough(Head through, java.time.Instant cutoff, java.time.Instant now) {
        long count = jdbc.sql("SELECT COUNT(*) FROM processing_log WHERE seq <= ?").param(through.lastSeq()).query(Long.class).single();
        jdbc.sql("INSERT INTO processing_log_anchor (through_seq, through_hash, cutoff, removed, removed_at) VALUES (?, ?, ?, ?, ?)")
                .params(through.lastSeq(), through.lastHash(), timestamp(cutoff), count, timestamp(now)).update();
        jdbc.sql("DELETE FROM processing_log WHERE seq <= ?").param(through.lastSeq()).update();
        return count;
    }

    Head head() {
        return jdbc.sql("SELECT last_seq, last_hash FROM processing_log_head WHERE id = 1")
                .query((rs, n) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash"))).single();
    }

    record StoredLink(ChainLink link, String hash) {}
}
