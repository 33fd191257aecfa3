package nl.opstap.client;

import static nl.opstap.shared.jdbc.SqlValues.date;
import static nl.opstap.shared.jdbc.SqlValues.instant;
import static nl.opstap.shared.jdbc.SqlValues.integer;
import static nl.opstap.shared.jdbc.SqlValues.timestamp;
import static nl.opstap.shared.jdbc.SqlValues.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.access.Scope;
import nl.opstap.access.UserId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored clients. Every read that can return a client takes the caller's {@link Scope}; the one
 * exception, {@link #findOwnFile}, takes the id bound to the signed-in job seeker's account.
 */
@Repository
class Clients {

    /** A new client's row, with named parameters from {@link ClientParameters}. */
    static final String INSERT = """
                INSERT INTO client (id, municipality_code, bsn_index, bsn_cipher, first_names, infix, last_name, search_name,
                    date_of_birth, gender, street, house_number, house_number_suffix, postcode, city, phone, email,
                    partner_id, education_level, refugee_status, civic_integration_required, work_limitation,
                    target_group_register, special_education_leaver, former_wajong, language_level, hours_per_week,
                    available_from, driving_licence, own_transport, max_travel_km, physical_load, mental_load, interests,
                    caseworker_id, created_at, created_by, updated_at, updated_by, version)
                VALUES (:id, :municipality, :bsnIndex, :bsnCipher, :firstNames, :infix, :lastName, :searchName,
                    :dateOfBirth, :gender, :street, :houseNumber, :houseNumberSuffix, :postcode, :city, :phone, :email,
                    :partner, :education, :refugee, :civic, :limitation, :register, :specialEducation, :wajong,
                    :language, :hours, :availableFrom, :licence, :transport, :travel, :physical, :mental, :interests,
                    :caseworker, :now, :by, :now, :by, 0)""";

    private final JdbcClient jdbc;
    private final BsnProtection bsns;
    private final ClientHistories histories;

    Clients(JdbcClient jdbc, BsnProtection bsns, ClientHistories histories) {
        this.jdbc = jdbc;
        this.bsns = bsns;
        this.histories = histories;
    }

    Optional<Client> find(Scope scope, ClientId id) {
        return jdbc.sql("SELECT * FROM client WHERE id = :id AND municipality_code IN (:scope)")
                .param("id", id.value()).param("scope", scope.codes())
                .query(this::map).optional().map(histories::attach);
    }

    /** The job seeker's own file: the id comes from their account, never from the request. */
    Optional<Client> findOwnFile(ClientId ownId) {
        return jdbc.sql("SELECT * FROM client WHERE id = ?").param(ownId.value())
                .query(this::map).optional().map(histories::attach);
    }

    /** Where a client lives, for logging a refused access; reveals nothing to the caller. */
    Optional<MunicipalityCode> municipalityOf(ClientId id) {
        return jdbc.sql("SELECT municipality_code FROM client WHERE id = ?").param(id.value())
                .query((rs, n) -> new MunicipalityCode(rs.getString(1))).optional();
    }

    /** Usually one; more when a person is registered in several of the caller's municipalities. */
    List<ClientId> findByBsn(Scope scope, Bsn bsn) {
        return jdbc.sql("SELECT id FROM client WHERE bsn_index = :bsn AND municipality_code IN (:scope) ORDER BY municipality_code")
                .param("bsn", bsns.index(bsn)).param("scope", scope.codes())
                .query((rs, n) -> new ClientId(uuid(rs, "id"))).list();
    }

    /**
     * The files in scope with these BSNs (each in its own municipality), keyed "municipality/bsn", with their
     * benefit periods; looked up by keyed hash in chunks, so an import of many rows costs few queries.
     */
    java.util.Map<String, Client> findByBsns(Scope scope, List<ClientDetails> rows) {
        java.util.Map<String, Client> found = new java.util.HashMap<>();
        List<String> indexes = rows.stream().map(ClientDetails::bsn).map(Bsn::normalise)
                .filter(b -> Bsn.problemWith(b).isEmpty()).distinct().map(b -> bsns.index(new Bsn(b))).toList();
        for (int from = 0; from < indexes.size(); from += 1000) {
            List<String> chunk = indexes.subList(from, Math.min(indexes.size(), from + 1000));
            List<Client> chunkClients = jdbc.sql("SELECT * FROM client WHERE bsn_index IN (:bsns) AND municipality_code IN (:scope)")
                    .param("bsns", chunk).param("scope", scope.codes()).query(this::map).list();
            histories.attachBenefits(chunkClients).forEach(c -> found.put(ClientImports.key(c.details()), c));
        }
        return found;
    }

    /** The client with its complete benefit and caseworker history, ready for a change. */
    Client withHistory(Client client) {
        return histories.attach(client);
    }

    boolean bsnTaken(MunicipalityCode municipality, Bsn bsn, @Nullable ClientId except) {
        return jdbc.sql("SELECT COUNT(*) FROM client WHERE municipality_code = ? AND bsn_index = ? AND id <> ?")
                .params(municipality.value(), bsns.index(bsn), except == null ? new UUID(0, 0) : except.value())
                .query(Long.class).single() > 0;
    }

    void insert(Client client, UserId by, Instant now) {
        ClientDetails d = client.details();
        jdbc.sql(INSERT)
                .paramSource(ClientParameters.of(client, bsns, by, now))
                .update();
        histories.save(client);
    }

    void update(Client client, UserId by, Instant now) {
        int updated = jdbc.sql("""
                UPDATE client SET municipality_code = :municipality, bsn_index = :bsnIndex, bsn_cipher = :bsnCipher,
                    first_names = :firstNames, infix = :infix, last_name = :lastName, search_name = :searchName,
                    date_of_birth = :dateOfBirth, gender = :gender, street = :street, house_number = :houseNumber,
                    house_number_suffix = :houseNumberSuffix, postcode = :postcode, city = :city, phone = :phone,
                    email = :email, partner_id = :partner, education_level = :education, refugee_status = :refugee,
                    civic_integration_required = :civic, work_limitation = :limitation, target_group_register = :register,
                    special_education_leaver = :specialEducation, former_wajong = :wajong, language_level = :language,
                    hours_per_week = :hours, available_from = :availableFrom, driving_licence = :licence,
                    own_transport = :transport, max_travel_km = :travel, physical_load = :physical, mental_load = :mental,
                    interests = :interests, caseworker_id = :caseworker, updated_at = :now, updated_by = :by,
                    version = version + 1
                WHERE id = :id AND version = :version""")
                .paramSource(ClientParameters.of(client, bsns, by, now).addValue("version", client.version()))
                .update();
        if (updated == 0) {
            throw new StaleVersionException("Deze werkzoekende", currentVersion(client.id()));
        }
        histories.save(client);
    }

    private int currentVersion(ClientId id) {
        return jdbc.sql("SELECT version FROM client WHERE id = ?").param(id.value())
                .query(Integer.class).optional().orElse(-1);
    }

    private Client map(ResultSet rs, int row) throws SQLException {
        ClientDetails details = new ClientDetails(rs.getString("municipality_code"), bsns.decrypt(rs.getString("bsn_cipher")),
                rs.getString("first_names"), rs.getString("infix"), rs.getString("last_name"), date(rs, "date_of_birth"),
                Gender.valueOf(rs.getString("gender")), rs.getString("street"), integer(rs, "house_number"),
                rs.getString("house_number_suffix"), rs.getString("postcode"), rs.getString("city"),
                rs.getString("phone"), rs.getString("email"), enumOf(EducationLevel.class, rs.getString("education_level")),
                new TargetGroupMarkers(rs.getBoolean("refugee_status"), rs.getBoolean("civic_integration_required"),
                        rs.getBoolean("work_limitation"), rs.getBoolean("target_group_register"),
                        rs.getBoolean("special_education_leaver"), rs.getBoolean("former_wajong"),
                        enumOf(LanguageLevel.class, rs.getString("language_level"))),
                new MatchingFacts(integer(rs, "hours_per_week"), date(rs, "available_from"), rs.getBoolean("driving_licence"),
                        rs.getBoolean("own_transport"), integer(rs, "max_travel_km"),
                        enumOf(LoadLevel.class, rs.getString("physical_load")),
                        enumOf(LoadLevel.class, rs.getString("mental_load")), rs.getString("interests")));
        UUID partner = uuid(rs, "partner_id");
        UUID caseworker = uuid(rs, "caseworker_id");
        return new Client(new ClientId(uuid(rs, "id")), details, partner == null ? null : new ClientId(partner),
                caseworker == null ? null : new UserId(caseworker), List.of(), List.of(), rs.getInt("version"),
                instant(rs, "created_at"));
    }

    static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, @Nullable String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
