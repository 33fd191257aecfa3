package nl.opstap.portfolio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.access.Scope;
import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.Municipalities;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The anonymous profiles (table profile). Lists are stored one label per line. */
@Repository
class Profiles {

    private static final String COLUMNS = "client_id, number, municipality_code, published, pitch, education_level, hours_per_week, "
            + "max_travel_km, available_from, driving_licence, experience_years, region, sectors, skills, occupations";

    private final JdbcClient jdbc;
    private final Municipalities municipalities;

    Profiles(JdbcClient jdbc, Municipalities municipalities) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
    }

    Optional<Profile> of(ClientId client) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM profile p WHERE client_id = ?").param(client.value())
                .query(this::map).optional();
    }

    /** A published profile in the scope, by number; unpublished, foreign and unknown are all empty. */
    Optional<Profile> published(Scope scope, String number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM profile p WHERE number = :number AND published = TRUE AND municipality_code IN (:scope)")
                .param("number", number).param("scope", scope.codes()).query(this::map).optional();
    }

    List<Profile> published(Scope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM profile p WHERE published = TRUE AND municipality_code IN (:scope) ORDER BY published_at DESC, number")
                .param("scope", scope.codes()).query(this::map).list();
    }

    boolean numberTaken(String number) {
        return jdbc.sql("SELECT COUNT(*) FROM profile WHERE number = ?").param(number).query(Long.class).single() > 0;
    }

    /** Stores the published snapshot, replacing an earlier one; the number stays the client's. */
    void publish(Profile p, Instant now) {
        ProfileCard c = p.card();
        jdbc.sql("DELETE FROM profile WHERE client_id = ?").param(p.client().value()).update();
        jdbc.sql("INSERT INTO profile (" + COLUMNS + ", published_at) VALUES (?, ?, ?, TRUE, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(p.client().value(), c.number(), p.municipality().value(), c.pitch(), c.educationLevel(), c.hoursPerWeek(),
                        c.maxTravelKm(), c.availableFrom(), c.drivingLicence(), c.experienceYears(), p.region(),
                        String.join("\n", c.sectors()), String.join("\n", c.skills()), String.join("\n", c.occupations()),
                        Timestamp.from(now))
                .update();
    }

    /** Withdraws the profile: its facts are removed, only the number stays reserved for the client. */
    void withdraw(ClientId client) {
        jdbc.sql("""
                UPDATE profile SET published = FALSE, pitch = NULL, education_level = NULL, hours_per_week = NULL, max_travel_km = NULL,
                    available_from = NULL, driving_licence = FALSE, experience_years = 0, region = NULL, sectors = '', skills = '',
                    occupations = '' WHERE client_id = ?""").param(client.value()).update();
    }

    private Profile map(ResultSet rs, int row) throws SQLException {
        ProfileCard card = new ProfileCard(rs.getString("number"), municipalities.nameOf(new MunicipalityCode(rs.getString("municipality_code"))), rs.getString("education_level"),
                startQualification(rs.getString("education_level")), lines(rs.getString("skills")), lines(rs.getString("sectors")),
                lines(rs.getString("occupations")), rs.getInt("experience_years"), rs.getObject("hours_per_week", Integer.class),
                rs.getObject("max_travel_km", Integer.class), rs.getObject("available_from", LocalDate.class),
                rs.getBoolean("driving_licence"), rs.getString("pitch"));
        return new Profile(new ClientId(rs.getObject("client_id", UUID.class)), new MunicipalityCode(rs.getString("municipality_code")),
                rs.getBoolean("published"), rs.getString("region"), card);
    }

    private static boolean startQualification(String level) {
        return level != null && nl.opstap.shared.domain.Coded.fromCode(nl.opstap.client.EducationLevel.class, level).isStartQualification();
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
