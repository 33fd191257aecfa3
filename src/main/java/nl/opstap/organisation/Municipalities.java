package nl.opstap.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipalities Opstap serves. They change rarely and are read on nearly every page, so the
 * list is cached in memory and refreshed whenever one is added here.
 */
@Service
public class Municipalities {

    private final JdbcClient jdbc;
    private final Clock clock;
    private static final Duration CACHE_TTL = Duration.ofMinutes(1);

    private record Cached(Map<MunicipalityCode, Municipality> byCode, Instant loadedAt) {}

    private final AtomicReference<Cached> cache = new AtomicReference<>();

    Municipalities(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Municipality> all() {
        return List.copyOf(byCode().values());
    }

    public Optional<Municipality> find(MunicipalityCode code) {
        return Optional.ofNullable(byCode().get(code));
    }

    public String nameOf(MunicipalityCode code) {
        return find(code).map(Municipality::name).orElse(code.value());
    }

    /** The given municipalities that exist, sorted by name. */
    public List<Municipality> of(Collection<MunicipalityCode> codes) {
        return codes.stream().map(byCode()::get).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(Municipality::name)).toList();
    }

    public List<ServiceOrganisation> organisations() {
        Map<OrganisationId, ServiceOrganisation> result = new LinkedHashMap<>();
        for (Municipality m : all()) {
            result.computeIfAbsent(m.organisationId(), id -> new ServiceOrganisation(id, m.organisationName(), new java.util.ArrayList<>()))
                    .municipalities().add(m);
        }
        return List.copyOf(result.values());
    }

    /** Registers an organisation, or returns the existing one with that name. */
    @Transactional
    public OrganisationId ensureOrganisation(String name) {
        Optional<OrganisationId> existing = jdbc.sql("SELECT id FROM service_organisation WHERE name = ?")
                .param(name).query((rs, n) -> new OrganisationId(rs.getObject(1, java.util.UUID.class))).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        OrganisationId id = OrganisationId.random();
        jdbc.sql("INSERT INTO service_organisation (id, name, created_at) VALUES (?, ?, ?)")
                .params(id.value(), name, Instant.now(clock).atOffset(java.time.ZoneOffset.UTC)).update();
        return id;
    }

    /** Registers a municipality for an organisation; an existing code keeps its organisation. */
    @Transactional
    public void ensureMunicipality(MunicipalityCode code, String name, OrganisationId organisation) {
        if (find(code).isEmpty()) {
            jdbc.sql("INSERT INTO municipality (code, name, organisation_id) VALUES (?, ?, ?)")
                    .params(code.value(), name, organisation.value()).update();
            cache.set(null);
        }
    }

    private Map<MunicipalityCode, Municipality> byCode() {
        Cached current = cache.get();
        Instant now = clock.instant();
        if (current == null || current.loadedAt().plus(CACHE_TTL).isBefore(now)) {
            current = new Cached(load(), now);
            cache.set(current);
        }
        return current.byCode();
    }

    private Map<MunicipalityCode, Municipality> load() {
        Map<MunicipalityCode, Municipality> result = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT m.code, m.name, m.organisation_id, o.name AS organisation_name
                FROM municipality m JOIN service_organisation o ON o.id = m.organisation_id
                ORDER BY m.name""")
                .query((rs, n) -> new Municipality(new MunicipalityCode(rs.getString("code")), rs.getString("name"),
                        new OrganisationId(rs.getObject("organisation_id", java.util.UUID.class)),
                        rs.getString("organisation_name")))
                .list().forEach(m -> result.put(m.code(), m));
        return java.util.Collections.unmodifiableMap(result);
    }
}
