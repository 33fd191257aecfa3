package nl.opstap.activity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.shared.jdbc.SqlValues;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Each organisation's list of dropout reasons; an organisation without any gets the defaults. */
@Repository
class DropoutReasons {

    static final List<String> DEFAULTS = List.of("Ziekte", "Verhuizing", "Motivatie", "Werk gevonden elders", "Zorgsituatie", "Overig");

    private final JdbcClient jdbc;

    private final TransactionTemplate nested;

    DropoutReasons(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.nested = new TransactionTemplate(transactions);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    List<DropoutReason> of(Collection<OrganisationId> organisations) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, organisation_id, name, active FROM dropout_reason WHERE organisation_id IN (:orgs) ORDER BY name")
                .param("orgs", organisations.stream().map(OrganisationId::value).toList())
                .query((rs, n) -> new DropoutReason(new DropoutReasonId(rs.getObject("id", UUID.class)),
                        new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getString("name"), rs.getBoolean("active")))
                .list();
    }

    Optional<DropoutReason> find(DropoutReasonId id) {
        return jdbc.sql("SELECT id, organisation_id, name, active FROM dropout_reason WHERE id = ?").param(id.value())
                .query((rs, n) -> new DropoutReason(id, new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                        rs.getString("name"), rs.getBoolean("active"))).optional();
    }

    /** Adds the default reasons for an organisation that has none yet. */
    void ensureDefaults(OrganisationId organisation, Instant now) {
        long count = jdbc.sql("SELECT COUNT(*) FROM dropout_reason WHERE organisation_id = ?").param(organisation.value())
                .query(Long.class).single();
        if (count == 0) {
            try { // in a savepoint: a failed insert must not spoil the caller's transaction (PostgreSQL)
                nested.executeWithoutResult(status -> DEFAULTS.forEach(name -> insert(DropoutReasonId.random(), organisation, name, now)));
            } catch (DuplicateKeyException seededMeanwhile) {
                // another request seeded the defaults at the same moment; theirs stand
            }
        }
    }

    boolean nameTaken(OrganisationId organisation, String name, DropoutReasonId except) {
        return jdbc.sql("SELECT COUNT(*) FROM dropout_reason WHERE organisation_id = ? AND LOWER(name) = LOWER(?) AND id <> ?")
                .params(organisation.value(), name, except.value()).query(Long.class).single() > 0;
    }

    void insert(DropoutReasonId id, OrganisationId organisation, String name, Instant now) {
        jdbc.sql("INSERT INTO dropout_reason (id, organisation_id, name, active, created_at) VALUES (?, ?, ?, TRUE, ?)")
                .params(id.value(), organisation.value(), name, SqlValues.timestamp(now)).update();
    }

    void rename(DropoutReasonId id, String name) {
        jdbc.sql("UPDATE dropout_reason SET name = ? WHERE id = ?").params(name, id.value()).update();
    }

    void setActive(DropoutReasonId id, boolean active) {
        jdbc.sql("UPDATE dropout_reason SET active = ? WHERE id = ?").params(active, id.value()).update();
    }
}
