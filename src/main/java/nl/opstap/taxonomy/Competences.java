package nl.opstap.taxonomy;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.jdbc.SqlValues;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each organisation's own competence list (werknemersvaardigheden, vakvaardigheden) beside the ESCO skills.
 * An organisation whose list is first used gets sensible defaults; its administrator adds, renames and
 * (de)activates entries of their own organisation only.
 */
@Service
public class Competences {

    static final Map<CompetenceKind, List<String>> DEFAULTS = Map.of(
            CompetenceKind.WERKNEMERSVAARDIGHEID, List.of("Op tijd komen", "Samenwerken", "Instructies opvolgen", "Zelfstandig werken",
                    "Klantgericht werken", "Veilig werken"),
            CompetenceKind.VAKVAARDIGHEID, List.of("Heftruck rijden", "Kassawerk", "Schoonmaaktechnieken", "Orderpicken", "Basis HACCP"));

    private final JdbcClient jdbc;
    private final Sectors sectors;
    private final Clock clock;
    private final TransactionTemplate nested;

    Competences(JdbcClient jdbc, Sectors sectors, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.sectors = sectors;
        this.clock = clock;
        this.nested = new TransactionTemplate(transactions);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** The organisation's competences (active and inactive), by kind and name; seeds the defaults on first use. */
    @Transactional
    public List<Competence> of(OrganisationId organisation) {
        ensureDefaults(organisation);
        return jdbc.sql("SELECT id, kind, name, description, active FROM competence WHERE organisation_id = ?")
                .param(organisation.value())
                .query((rs, n) -> new Competence(rs.getObject(1, UUID.class), organisation, CompetenceKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getBoolean(5)))
                .list().stream().sorted(Comparator.comparing(Competence::kind).thenComparing(c -> c.name().toLowerCase())).toList();
    }

    /** The organisations whose lists the caller may see or manage (those of the access's municipalities). */
    public java.util.Set<OrganisationId> organisationsOf(Access access) {
        return sectors.organisationsOf(access);
    }

    @Transactional
    public Competence add(Access access, OrganisationId organisation, CompetenceKind kind, String name, @Nullable String description) {
        requireManaged(access, organisation);
        String trimmed = name.strip();
        if (of(organisation).stream().anyMatch(c -> c.kind() == kind && c.name().equalsIgnoreCase(trimmed))) {
            throw RuleViolation.of(CompetenceForm.class, "name", "duplicate", "Deze competentie staat al in de lijst.");
        }
        UUID id = UUID.randomUUID();
        insert(id, organisation, kind, trimmed, description == null ? "" : description.strip(), access.user().id().value());
        return find(organisation, id).orElseThrow();
    }

    @Transactional
    public void rename(Access access, OrganisationId organisation, UUID id, String name) {
        requireManaged(access, organisation);
        Competence competence = find(organisation, id).orElseThrow(() -> new NotFoundException("Competentie"));
        String trimmed = ListNames.checked(CompetenceForm.class, name);
        if (of(organisation).stream().anyMatch(c -> !c.id().equals(id) && c.kind() == competence.kind() && c.name().equalsIgnoreCase(trimmed))) {
            throw RuleViolation.of(CompetenceForm.class, "name", "duplicate", "Een andere competentie heeft deze naam al.");
        }
        update(access, id, "name", trimmed);
    }

    @Transactional
    public void setActive(Access access, OrganisationId organisation, UUID id, boolean active) {
        requireManaged(access, organisation);
        find(organisation, id).orElseThrow(() -> new NotFoundException("Competentie"));
        update(access, id, "active", active);
    }

    private Optional<Competence> find(OrganisationId organisation, UUID id) {
        return of(organisation).stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private void update(Access access, UUID id, String column, Object value) {
        jdbc.sql("UPDATE competence SET " + (column.equals("name") ? "name" : "active") + " = ?, changed_at = ?, changed_by = ? WHERE id = ?")
                .params(value, SqlValues.timestamp(clock.instant()), access.user().id().value(), id).update();
    }

    private void ensureDefaults(OrganisationId organisation) {
        long count = jdbc.sql("SELECT COUNT(*) FROM competence WHERE organisation_id = ?").param(organisation.value()).query(Long.class).single();
        if (count == 0) {
            try { // in a savepoint: a failed insert must not spoil the caller's transaction (PostgreSQL)
                nested.executeWithoutResult(status -> DEFAULTS.forEach((kind, names) ->
                        names.forEach(name -> insert(UUID.randomUUID(), organisation, kind, name, "", null))));
            } catch (DuplicateKeyException seededMeanwhile) {
                // another request seeded the defaults at the same moment; theirs stand
            }
        }
    }

    private void insert(UUID id, OrganisationId organisation, CompetenceKind kind, String name, String description, @Nullable UUID by) {
        jdbc.sql("INSERT INTO competence (id, organisation_id, kind, name, description, active, changed_at, changed_by) "
                        + "VALUES (?, ?, ?, ?, ?, TRUE, ?, ?)")
                .params(id, organisation.value(), kind.name(), name, description, SqlValues.timestamp(clock.instant()), by).update();
    }

    private void requireManaged(Access access, OrganisationId organisation) {
        if (!organisationsOf(access).contains(organisation)) {
            throw new NotFoundException("Organisatie");
        }
    }
}
