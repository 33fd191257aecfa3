package nl.opstap.taxonomy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.opstap.access.Access;
import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.Municipality;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managed list of potential labour sectors. Every organisation starts from the default list (seeded
 * by migration, organisation NULL); its administrator adds sectors and renames or deactivates any of them
 * for their own organisation only. A change to a default sector is stored as the organisation's own row
 * with the same code, so the default list itself never changes under another organisation.
 */
@Service
public class Sectors {

    private final JdbcClient jdbc;
    private final Municipalities municipalities;
    private final Clock clock;

    Sectors(JdbcClient jdbc, Municipalities municipalities, Clock clock) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    private record Row(@Nullable UUID organisation, String code, String name, boolean active, int position) {}

    /** Every sector of the organisation (active and inactive), in list order. */
    @Transactional(readOnly = true)
    public List<Sector> of(OrganisationId organisation) {
        Map<String, Sector> byCode = new LinkedHashMap<>();
        jdbc.sql("SELECT organisation_id, code, name, active, position FROM sector WHERE organisation_id IS NULL "
                        + "OR organisation_id = ? ORDER BY CASE WHEN organisation_id IS NULL THEN 0 ELSE 1 END")
                .param(organisation.value())
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getInt(5)))
                .list()
                .forEach(r -> byCode.put(r.code(), new Sector(r.code(), r.name(), r.active(), r.organisation() != null, r.position())));
        return byCode.values().stream().sorted(Comparator.comparingInt(Sector::position).thenComparing(Sector::name)).toList();
    }

    /** The sectors that apply to a municipality's clients (those of its organisation). */
    public List<Sector> forMunicipality(MunicipalityCode municipality) {
        return organisationOf(municipality).map(this::of).orElseGet(List::of);
    }

    /** A sector of the organisation by code, active or not. */
    public Optional<Sector> find(OrganisationId organisation, String code) {
        return of(organisation).stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public Optional<OrganisationId> organisationOf(MunicipalityCode municipality) {
        return municipalities.find(municipality).map(Municipality::organisationId);
    }

    /** The organisations whose lists the caller may manage or read (those of the access's municipalities). */
    public Set<OrganisationId> organisationsOf(Access access) {
        return access.scope().municipalities().stream().map(this::organisationOf).flatMap(Optional::stream)
                .collect(Collectors.toSet());
    }

    /** Adds a sector to the organisation's list; its code is derived from the name. */
    @Transactional
    public Sector add(Access access, OrganisationId organisation, String name) {
        requireManaged(access, organisation);
        String trimmed = name.strip();
        String code = SectorCode.fromName(trimmed);
        List<Sector> current = of(organisation);
        if (code.isEmpty() || current.stream().anyMatch(s -> s.code().equals(code) || s.name().equalsIgnoreCase(trimmed))) {
            throw RuleViolation.of(SectorForm.class, "name", "duplicate", "Deze sector staat al in de lijst.");
        }
        int position = current.stream().mapToInt(Sector::position).max().orElse(0) + 1;
        insert(organisation, code, trimmed, true, position, access);
        return find(organisation, code).orElseThrow();
    }

    /** Renames a sector for the organisation; facts keep its code, so history is unaffected. */
    @Transactional
    public void rename(Access access, OrganisationId organisation, String code, String name) {
        requireManaged(access, organisation);
        Sector sector = find(organisation, code).orElseThrow(() -> new NotFoundException("Sector"));
        String trimmed = ListNames.checked(SectorForm.class, name);
        if (of(organisation).stream().anyMatch(s -> !s.code().equals(code) && s.name().equalsIgnoreCase(trimmed))) {
            throw RuleViolation.of(SectorForm.class, "name", "duplicate", "Een andere sector heeft deze naam al.");
        }
        store(access, organisation, new Sector(code, trimmed, sector.active(), true, sector.position()));
    }

    /** (De)activates a sector: an inactive one can no longer be chosen but stays in past facts. */
    @Transactional
    public void setActive(Access access, OrganisationId organisation, String code, boolean active) {
        requireManaged(access, organisation);
        Sector sector = find(organisation, code).orElseThrow(() -> new NotFoundException("Sector"));
        store(access, organisation, new Sector(code, sector.name(), active, true, sector.position()));
    }

    private void store(Access access, OrganisationId organisation, Sector sector) {
        int updated = jdbc.sql("UPDATE sector SET name = ?, active = ?, changed_at = ?, changed_by = ? "
                        + "WHERE organisation_id = ? AND code = ?")
                .params(sector.name(), sector.active(), clock.instant().atOffset(ZoneOffset.UTC), access.user().id().value(),
                        organisation.value(), sector.code()).update();
        if (updated == 0) {
            insert(organisation, sector.code(), sector.name(), sector.active(), sector.position(), access);
        }
    }

    private void insert(OrganisationId organisation, String code, String name, boolean active, int position, Access access) {
        jdbc.sql("INSERT INTO sector (id, organisation_id, code, name, active, position, changed_at, changed_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), organisation.value(), code, name, active, position,
                        clock.instant().atOffset(ZoneOffset.UTC), access.user().id().value()).update();
    }

    private void requireManaged(Access access, OrganisationId organisation) {
        if (!organisationsOf(access).contains(organisation)) {
            throw new NotFoundException("Organisatie");
        }
    }
}
