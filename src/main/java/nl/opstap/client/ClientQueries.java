package nl.opstap.client;

import static nl.opstap.shared.jdbc.SqlValues.date;
import static nl.opstap.shared.jdbc.SqlValues.uuid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nl.opstap.access.Scope;
import nl.opstap.access.UserId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.PageResult;
import nl.opstap.shared.domain.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lists and counts over the register, always within a {@link Scope}. */
@Repository
class ClientQueries {

    private static final String CURRENT_STATUS = """
            (SELECT b.status FROM client_benefit_status b WHERE b.client_id = c.id AND b.valid_from <= :today
             AND (b.valid_to IS NULL OR b.valid_to > :today))""";

    private final JdbcClient jdbc;

    ClientQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageResult<ClientRow> search(Scope scope, ClientSearch search, Paging paging, LocalDate today) {
        MapSqlParameterSource params = new MapSqlParameterSource("scope", scope.codes()).addValue("today", today);
        String where = where(search, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM client c WHERE " + where).paramSource(params)
                .query(Long.class).single();
        params.addValue("limit", paging.size()).addValue("offset", paging.offset());
        List<ClientRow> rows = jdbc.sql("""
                SELECT c.id, c.municipality_code, c.first_names, c.infix, c.last_name, c.date_of_birth, c.postcode,
                       c.city, c.caseworker_id, %s AS benefit_status
                FROM client c WHERE %s ORDER BY %s LIMIT :limit OFFSET :offset"""
                        .formatted(CURRENT_STATUS, where, search.order().sql()))
                .paramSource(params)
                .query((rs, n) -> {
                    UUID caseworker = uuid(rs, "caseworker_id");
                    String status = rs.getString("benefit_status");
                    return new ClientRow(new ClientId(uuid(rs, "id")), new MunicipalityCode(rs.getString("municipality_code")),
                            rs.getString("first_names"), rs.getString("infix"), rs.getString("last_name"),
                            date(rs, "date_of_birth"), rs.getString("postcode"), rs.getString("city"),
                            caseworker == null ? null : new UserId(caseworker),
                            status == null ? null : BenefitStatus.valueOf(status));
                })
                .list();
        return new PageResult<>(rows, paging.page(), paging.size(), total);
    }

    private static String where(ClientSearch search, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>(List.of("c.municipality_code IN (:scope)"));
        List<String> terms = SearchName.terms(search.name());
        for (int i = 0; i < terms.size(); i++) {
            conditions.add("c.search_name LIKE :term" + i + " ESCAPE '\\'");
            params.addValue("term" + i, Like.anywhere(terms.get(i)));
        }
        if (search.dateOfBirth() != null) {
            conditions.add("c.date_of_birth = :birth");
            params.addValue("birth", search.dateOfBirth());
        }
        if (search.postcode() != null && !search.postcode().isBlank()) {
            conditions.add("c.postcode LIKE :postcode ESCAPE '\\'");
            params.addValue("postcode", Like.prefix(Postcode.normalise(search.postcode())));
        }
        if (search.municipality() != null) {
            conditions.add("c.municipality_code = :municipality");
            params.addValue("municipality", search.municipality().value());
        }
        if (!search.ids().isEmpty()) {
            conditions.add("c.id IN (:ids)");
            params.addValue("ids", search.ids().stream().map(ClientId::value).toList());
        }
        if (search.caseworker() != null) {
            conditions.add("c.caseworker_id = :caseworker");
            params.addValue("caseworker", search.caseworker().value());
        }
        return String.join(" AND ", conditions);
    }

    List<MunicipalityFigures> figures(Scope scope, LocalDate today) {
        List<String> withoutStartQualification = Arrays.stream(EducationLevel.values())
                .filter(level -> !level.isStartQualification()).map(Enum::name).toList();
        return jdbc.sql("""
                SELECT c.municipality_code,
                       COUNT(*) AS clients,
                       SUM(CASE WHEN s.status = 'RECIPIENT' THEN 1 ELSE 0 END) AS recipients,
                       SUM(CASE WHEN s.status = 'PARTNER' THEN 1 ELSE 0 END) AS partners,
                       SUM(CASE WHEN s.status = 'NON_RECIPIENT' THEN 1 ELSE 0 END) AS non_recipients,
                       SUM(CASE WHEN s.status IS NULL THEN 1 ELSE 0 END) AS without_status,
                       SUM(CASE WHEN c.refugee_status THEN 1 ELSE 0 END) AS refugees,
                       SUM(CASE WHEN c.work_limitation THEN 1 ELSE 0 END) AS work_limitation,
                       SUM(CASE WHEN c.target_group_register THEN 1 ELSE 0 END) AS target_group_register,
                       SUM(CASE WHEN c.education_level IN (:noStart) THEN 1 ELSE 0 END) AS without_start,
                       SUM(CASE WHEN c.education_level IS NULL THEN 1 ELSE 0 END) AS education_unknown,
                       SUM(CASE WHEN c.caseworker_id IS NULL THEN 1 ELSE 0 END) AS without_caseworker
                FROM client c
                LEFT JOIN client_benefit_status s ON s.client_id = c.id AND s.valid_from <= :today
                     AND (s.valid_to IS NULL OR s.valid_to > :today)
                WHERE c.municipality_code IN (:scope)
                GROUP BY c.municipality_code ORDER BY c.municipality_code""")
                .param("scope", scope.codes()).param("today", today).param("noStart", withoutStartQualification)
                .query((rs, n) -> new MunicipalityFigures(new MunicipalityCode(rs.getString("municipality_code")),
                        rs.getLong("clients"), rs.getLong("recipients"), rs.getLong("partners"),
                        rs.getLong("non_recipients"), rs.getLong("without_status"), rs.getLong("refugees"),
                        rs.getLong("work_limitation"), rs.getLong("target_group_register"),
                        rs.getLong("without_start"), rs.getLong("education_unknown"), rs.getLong("without_caseworker")))
                .list();
    }

    /** Every client in scope, optionally only one caseworker's, as references (for worklists, imports and demo data). */
    List<ClientRef> refs(Scope scope, @Nullable UserId caseworker, Function<MunicipalityCode, String> names) {
        return jdbc.sql("""
                SELECT id, municipality_code, first_names, infix, last_name, date_of_birth, caseworker_id FROM client
                WHERE municipality_code IN (:scope) AND (:all = TRUE OR caseworker_id = :caseworker)
                ORDER BY municipality_code, last_name, first_names""")
                .param("scope", scope.codes()).param("all", caseworker == null)
                .param("caseworker", caseworker == null ? new UUID(0, 0) : caseworker.value())
                .query((rs, n) -> {
                    MunicipalityCode municipality = new MunicipalityCode(rs.getString("municipality_code"));
                    UUID cw = rs.getObject("caseworker_id", UUID.class);
                    return new ClientRef(new ClientId(rs.getObject("id", UUID.class)), municipality,
                            names.apply(municipality), ClientDetails.fullName(rs.getString("first_names"), rs.getString("infix"),
                            rs.getString("last_name")), rs.getObject("date_of_birth", LocalDate.class),
                            cw == null ? null : new UserId(cw));
                }).list();
    }

    /** The clients among {@code ids} that lie in the scope, ordered by name. */
    /** The clients among the ids in the scope that are in the doelgroepregister (banenafspraak). */
    java.util.Set<ClientId> inTargetGroupRegister(Scope scope, java.util.Collection<ClientId> ids) {
        List<UUID> all = ids.stream().map(ClientId::value).distinct().toList();
        java.util.Set<ClientId> result = new java.util.HashSet<>();
        for (int i = 0; i < all.size(); i += 500) {
            jdbc.sql("SELECT id FROM client WHERE municipality_code IN (:scope) AND id IN (:ids) AND target_group_register = TRUE")
                    .param("scope", scope.codes()).param("ids", all.subList(i, Math.min(all.size(), i + 500)))
                    .query((rs, n) -> new ClientId(rs.getObject("id", UUID.class))).list().forEach(result::add);
        }
        return result;
    }

    List<ClientRef> refsOf(Scope scope, java.util.Collection<ClientId> ids, Function<MunicipalityCode, String> names) {
        List<UUID> all = ids.stream().map(ClientId::value).distinct().toList();
        List<ClientRef> result = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            result.addAll(jdbc.sql("""
                    SELECT id, municipality_code, first_names, infix, last_name, date_of_birth, caseworker_id FROM client
                    WHERE municipality_code IN (:scope) AND id IN (:ids) ORDER BY last_name, first_names""")
                    .param("scope", scope.codes()).param("ids", all.subList(i, Math.min(all.size(), i + 500)))
                    .query((rs, n) -> {
                        MunicipalityCode municipality = new MunicipalityCode(rs.getString("municipality_code"));
                        UUID cw = rs.getObject("caseworker_id", UUID.class);
                        return new ClientRef(new ClientId(rs.getObject("id", UUID.class)), municipality, names.apply(municipality),
                                ClientDetails.fullName(rs.getString("first_names"), rs.getString("infix"), rs.getString("last_name")),
                                rs.getObject("date_of_birth", LocalDate.class), cw == null ? null : new UserId(cw));
                    }).list());
        }
        return result;
    }

    /** Row lock on the client until the transaction ends. */
    void lock(ClientId id) {
        jdbc.sql("SELECT id FROM client WHERE id = ? FOR UPDATE").param(id.value()).query(UUID.class).optional();
    }
}
