package nl.opstap.client;

import java.util.Optional;
import java.util.UUID;
import nl.opstap.access.JobSeekerIdentities;
import nl.opstap.organisation.MunicipalityCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The register's answer to "whose file is this BSN?" for DigiD sign-in: the latest registration wins. */
@Component
class BsnIdentities implements JobSeekerIdentities {

    private final JdbcClient jdbc;
    private final BsnProtection bsns;

    BsnIdentities(JdbcClient jdbc, BsnProtection bsns) {
        this.jdbc = jdbc;
        this.bsns = bsns;
    }

    @Override
    public Optional<Identity> byBsn(String bsn) {
        if (Bsn.problemWith(bsn).isPresent()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT id, municipality_code, first_names, infix, last_name FROM client WHERE bsn_index = ?
                ORDER BY created_at DESC LIMIT 1""")
                .param(bsns.index(Bsn.parse(bsn)))
                .query((rs, n) -> new Identity(rs.getObject(1, UUID.class), new MunicipalityCode(rs.getString(2)),
                        String.join(" ", java.util.stream.Stream.of(rs.getString(3), rs.getString(4), rs.getString(5))
                                .filter(s -> s != null && !s.isBlank()).toList())))
                .optional();
    }
}
