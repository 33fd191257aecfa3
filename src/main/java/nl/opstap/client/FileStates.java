package nl.opstap.client;

import static nl.opstap.shared.jdbc.SqlValues.date;
import static nl.opstap.shared.jdbc.SqlValues.instant;
import static nl.opstap.shared.jdbc.SqlValues.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import nl.opstap.access.Scope;
import nl.opstap.organisation.MunicipalityCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Files as the retention rules see them (ADR 0021). A system read of no personal data: ids, municipality and dates.
 */
@Service
public class FileStates {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String SELECT = """
            SELECT c.id, c.municipality_code, c.updated_at, c.anonymised_at,
                   SUM(CASE WHEN b.id IS NOT NULL AND b.valid_to IS NULL THEN 1 ELSE 0 END) AS running,
                   MAX(b.valid_to) AS last_end
            FROM client c LEFT JOIN client_benefit_status b ON b.client_id = c.id""";
    private static final String GROUP = " GROUP BY c.id, c.municipality_code, c.updated_at, c.anonymised_at";

    private final JdbcClient jdbc;

    FileStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Files not yet anonymised without a running benefit whose last benefit ended (or, without any benefit history, that
     * last changed) on or before the day: the candidates whose retention period may have run out.
     */
    public List<FileState> closedOnOrBefore(LocalDate day) {
        return jdbc.sql(SELECT + " WHERE c.anonymised_at IS NULL" + GROUP + " " + """
                 HAVING SUM(CASE WHEN b.id IS NOT NULL AND b.valid_to IS NULL THEN 1 ELSE 0 END) = 0
                    AND ((MAX(b.valid_to) IS NOT NULL AND MAX(b.valid_to) <= :day)
                      OR (MAX(b.valid_to) IS NULL AND c.updated_at < :dayAfter))
                 ORDER BY c.id""")
                .param("day", day).param("dayAfter", day.plusDays(1).atStartOfDay(AMSTERDAM).toOffsetDateTime())
                .query(this::map).list();
    }

    /** One file in the caller's scope, or empty. */
    public Optional<FileState> of(Scope scope, ClientId id) {
        return jdbc.sql(SELECT + " WHERE c.id = :id AND c.municipality_code IN (:scope)" + GROUP)
                .param("id", id.value()).param("scope", scope.codes()).query(this::map).optional();
    }

    private FileState map(ResultSet rs, int row) throws SQLException {
        return new FileState(new ClientId(uuid(rs, "id")), new MunicipalityCode(rs.getString("municipality_code")),
                rs.getLong("running") > 0, date(rs, "last_end"), instant(rs, "updated_at").atZone(AMSTERDAM).toLocalDate(),
                rs.getObject("anonymised_at") != null);
    }
}
