package nl.opstap.diagnosis;

import static nl.opstap.shared.jdbc.SqlValues.date;
import static nl.opstap.shared.jdbc.SqlValues.instant;
import static nl.opstap.shared.jdbc.SqlValues.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The diagnosis tables. Reads either one client's facts or, for reports, what held on a date in a set of municipalities. */
@Repository
class FactStore {

    private static final String COMMON = "id, client_id, municipality_code, recorded_at, recorded_by_name, corrected_at, "
            + "corrected_by_name, correction_reason, replaced_by";
    static final String ZRM_COLUMNS = String.join(", ", java.util.Arrays.stream(ZrmDomain.values()).map(ZrmDomain::column).toList());

    private final JdbcClient jdbc;

    FactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every fact of the client, corrected ones included. */
    List<DiagnosisFact> history(ClientId client) {
        return read("client_id = ?", "client_id = ?", List.of(client.value()));
    }

    /** What held on the date for every client (the matching index's feed). */
    List<DiagnosisFact> heldOnAll(LocalDate date) {
        return read("corrected_at IS NULL AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)",
                "corrected_at IS NULL AND taken_on <= ?", List.of(date, date), List.of(date), true);
    }

    /**
     * What held on the date for the clients of the municipalities (corrected facts excluded); tests: every
     * test taken on or before the date.
     */
    List<DiagnosisFact> heldOn(Collection<String> municipalities, LocalDate date) {
        String in = String.join(", ", java.util.Collections.nCopies(municipalities.size(), "?"));
        String period = "municipality_code IN (" + in + ") AND corrected_at IS NULL AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)";
        String tests = "municipality_code IN (" + in + ") AND corrected_at IS NULL AND taken_on <= ?";
        List<Object> params = new ArrayList<>(municipalities);
        params.add(date);
        params.add(date);
        List<Object> testParams = new ArrayList<>(municipalities);
        testParams.add(date);
        return read(period, tests, params, testParams, true);
    }

    /**
     * What held on the date for the given clients (in chunks, for worklists): the classifications and ZRM
     * only, which is all a worklist looks at.
     */
    List<DiagnosisFact> heldOnFor(Collection<ClientId> clients, LocalDate date) {
        List<DiagnosisFact> result = new ArrayList<>();
        List<ClientId> all = List.copyOf(clients);
        for (int start = 0; start < all.size(); start += 500) {
            List<ClientId> chunk = all.subList(start, Math.min(all.size(), start + 500));
            String in = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            List<Object> params = new ArrayList<>();
            chunk.forEach(c -> params.add(c.value()));
            List<Object> testParams = new ArrayList<>(params);
            params.add(date);
            params.add(date);
            testParams.add(date);
            result.addAll(read("client_id IN (" + in + ") AND corrected_at IS NULL AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)",
                    "client_id IN (" + in + ") AND corrected_at IS NULL AND taken_on <= ?", params, testParams, false));
        }
        return result;
    }

    /** Which (client, kind) pairs already have facts in the municipalities. */
    List<Map.Entry<UUID, FactKind>> existing(Collection<String> municipalities) {
        String in = String.join(", ", java.util.Collections.nCopies(municipalities.size(), "?"));
        List<Map.Entry<UUID, FactKind>> result = new ArrayList<>(jdbc.sql("SELECT DISTINCT client_id, kind FROM diagnosis_fact "
                        + "WHERE municipality_code IN (" + in + ")").params(List.copyOf(municipalities))
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), FactKind.valueOf(rs.getString(2)))).list());
        result.addAll(jdbc.sql("SELECT DISTINCT client_id FROM zrm_assessment WHERE municipality_code IN (" + in + ")")
                .params(List.copyOf(municipalities)).query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), FactKind.ZRM)).list());
        return result;
    }

    private List<DiagnosisFact> read(String where, String testWhere, List<Object> params) {
        return read(where, testWhere, params, params, true);
    }

    private List<DiagnosisFact> read(String where, String testWhere, List<Object> params, List<Object> testParams, boolean all) {
        List<DiagnosisFact> facts = readClassificationsAndZrm(where, params);
        if (all) {
            facts.addAll(jdbc.sql("SELECT test_type, provider, taken_on, result, category, " + COMMON + " FROM diagnosis_test WHERE "
                    + testWhere + " ORDER BY taken_on, recorded_at").params(testParams).query((rs, n) -> fact(rs, test(rs))).list());
            facts.addAll(jdbc.sql("SELECT esco_uri, kind, valid_from, valid_to, " + COMMON + " FROM diagnosis_occupation WHERE "
                    + where + " ORDER BY valid_from, recorded_at").params(params).query((rs, n) -> fact(rs, occupation(rs))).list());
        }
        return facts;
    }

    private List<DiagnosisFact> readClassificationsAndZrm(String where, List<Object> params) {
        List<DiagnosisFact> all = new ArrayList<>();
        Map<UUID, DiagnosisFact> byId = new LinkedHashMap<>();
        Map<UUID, List<String>> sectors = new LinkedHashMap<>();
        jdbc.sql("SELECT f.kind, f.fact_value, f.valid_from, f.valid_to, s.sector_code, f." + COMMON.replace(", ", ", f.")
                        + " FROM diagnosis_fact f LEFT JOIN diagnosis_fact_sector s ON s.fact_id = f.id WHERE "
                        + where.replace("client_id", "f.client_id").replace("municipality_code", "f.municipality_code")
                                .replace("corrected_at", "f.corrected_at").replace("valid_", "f.valid_")
                        + " ORDER BY f.valid_from, f.recorded_at, s.position")
                .params(params)
                .query((ResultSet rs) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String code = rs.getString("sector_code");
                    if (code != null) {
                        sectors.computeIfAbsent(id, k -> new ArrayList<>()).add(code);
                    }
                    if (!byId.containsKey(id)) {
                        byId.put(id, fact(rs, simple(rs)));
                    }
                });
        byId.values().forEach(f -> all.add(f.value() instanceof FactRecord.SectorsFact s
                ? withValue(f, new FactRecord.SectorsFact(s.client(), sectors.getOrDefault(f.id(), List.of()), s.from(), s.to(), s.recordedAt()))
                : f));
        all.addAll(jdbc.sql("SELECT zrm_version, valid_from, valid_to, " + ZRM_COLUMNS + ", " + COMMON + " FROM zrm_assessment WHERE "
                + where + " ORDER BY valid_from, recorded_at").params(params).query((rs, n) -> fact(rs, zrm(rs))).list());
        return all;
    }

    private static DiagnosisFact withValue(DiagnosisFact f, FactRecord value) {
        return new DiagnosisFact(f.id(), value, f.municipality(), f.to(), f.recordedAt(), f.recordedBy(), f.correctedAt(),
                f.correctedBy(), f.correctionReason(), f.replacedBy());
    }

    private static DiagnosisFact fact(ResultSet rs, FactRecord value) throws SQLException {
        LocalDate to = value instanceof FactRecord.TestFact ? null : date(rs, "valid_to");
        return new DiagnosisFact(rs.getObject("id", UUID.class), value, new MunicipalityCode(rs.getString("municipality_code")), to,
                Objects.requireNonNull(instant(rs, "recorded_at")), rs.getString("recorded_by_name"), instant(rs, "corrected_at"),
                rs.getString("corrected_by_name"), rs.getString("correction_reason"), uuid(rs, "replaced_by"));
    }

    private static ClientId client(ResultSet rs) throws SQLException {
        return new ClientId(rs.getObject("client_id", UUID.class));
    }

    private static FactRecord simple(ResultSet rs) throws SQLException {
        ClientId client = client(rs);
        LocalDate from = Objects.requireNonNull(date(rs, "valid_from"));
        LocalDate to = date(rs, "valid_to");
        Instant at = instant(rs, "recorded_at");
        String value = rs.getString("fact_value");
        return switch (FactKind.valueOf(rs.getString("kind"))) {
            case SITUATION -> new FactRecord.SituationFact(client, CurrentSituation.valueOf(value), from, to, at);
            case PERSPECTIVE -> new FactRecord.PerspectiveFact(client, Perspective.valueOf(value), from, to, at);
            case LADDER -> new FactRecord.LadderFact(client, LadderStep.valueOf(value), from, to, at);
            case SECTORS -> new FactRecord.SectorsFact(client, List.of(), from, to, at);
            default -> throw new IllegalStateException("unexpected kind in diagnosis_fact");
        };
    }

    private static FactRecord zrm(ResultSet rs) throws SQLException {
        Map<ZrmDomain, ZrmScore> scores = new EnumMap<>(ZrmDomain.class);
        for (ZrmDomain d : ZrmDomain.values()) {
            scores.put(d, ZrmScore.ofNumber(rs.getInt(d.column())));
        }
        return new FactRecord.ZrmFact(client(rs), rs.getString("zrm_version"), scores, Objects.requireNonNull(date(rs, "valid_from")),
                date(rs, "valid_to"), instant(rs, "recorded_at"));
    }

    private static FactRecord test(ResultSet rs) throws SQLException {
        Integer category = nl.opstap.shared.jdbc.SqlValues.integer(rs, "category");
        return new FactRecord.TestFact(client(rs), TestType.valueOf(rs.getString("test_type")), rs.getString("provider"),
                Objects.requireNonNull(date(rs, "taken_on")), rs.getString("result"),
                category == null ? null : AssessmentCategory.values()[category - 1], instant(rs, "recorded_at"));
    }

    private static FactRecord occupation(ResultSet rs) throws SQLException {
        return new FactRecord.OccupationFact(client(rs), rs.getString("esco_uri"), OccupationKind.valueOf(rs.getString("kind")),
                Objects.requireNonNull(date(rs, "valid_from")), date(rs, "valid_to"), instant(rs, "recorded_at"));
    }

    static String table(FactKind kind) {
        return switch (kind) {
            case SITUATION, PERSPECTIVE, LADDER, SECTORS -> "diagnosis_fact";
            case ZRM -> "zrm_assessment";
            case TEST -> "diagnosis_test";
            case OCCUPATION -> "diagnosis_occupation";
        };
    }
}
