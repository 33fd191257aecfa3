package nl.opstap.employer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import nl.opstap.access.Scope;
import nl.opstap.access.UserId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.shared.jdbc.SqlValues;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contacts, contact moments and agreements. Callers pass an employer already checked against their scope, or a scope. */
@Repository
class CrmRows {

    private static final String MOMENT = """
            id, employer_id, municipality_code, moment_date, channel, subject, recorded_by, recorded_by_name, manager_kind, outcome,
            next_action, next_action_due, mediation, mediation_client, contact_id""";

    /** A contact moment ready to be stored. */
    record NewMoment(EmployerId employer, MunicipalityCode municipality, ContactMomentForm form, UserId by, String byName, ManagerKind kind) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CrmRows(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    List<Views.Moment> moments(EmployerId employer) {
        return jdbc.sql("SELECT " + MOMENT + ", version FROM employer_contact_moment WHERE employer_id = ? ORDER BY moment_date DESC, recorded_at DESC")
                .param(employer.value()).query(CrmRows::moment).list();
    }

    java.util.Optional<Views.Moment> moment(EmployerId employer, UUID id) {
        return jdbc.sql("SELECT " + MOMENT + ", version FROM employer_contact_moment WHERE employer_id = ? AND id = ?")
                .param(employer.value()).param(id).query(CrmRows::moment).optional();
    }

    /** Changes what was recorded, not who recorded it; false when the stored version is no longer {@code version}. */
    boolean updateMoment(EmployerId employer, UUID id, int version, ContactMomentForm f, Instant now) {
        return jdbc.sql("""
                UPDATE employer_contact_moment SET moment_date = ?, channel = ?, subject = ?, outcome = ?, next_action = ?,
                       next_action_due = ?, mediation = ?, mediation_client = ?, contact_id = ?, version = version + 1, updated_at = ?
                WHERE employer_id = ? AND id = ? AND version = ?""")
                .params(f.date(), java.util.Objects.requireNonNull(f.channel()).name(), ContactPersons.text(f.subject()),
                        blank(f.outcome()), blank(f.nextAction()), f.dueDate(), f.isMediation(), f.mediationClient(), f.contact(),
                        Timestamp.from(now), employer.value(), id, version)
                .update() == 1;
    }

    void insertMoments(List<NewMoment> moments, Instant now) {
        List<Object[]> rows = moments.stream().map(m -> {
            ContactMomentForm f = m.form();
            return new Object[] {UUID.randomUUID(), m.employer().value(), m.municipality().value(), f.date(),
                    java.util.Objects.requireNonNull(f.channel()).name(), f.subject() == null ? "" : f.subject().strip(), m.by().value(),
                    m.byName(), m.kind().name(), blank(f.outcome()), blank(f.nextAction()), f.dueDate(), f.isMediation(),
                    f.mediationClient(), f.contact(), Timestamp.from(now)};
        }).toList();
        template.batchUpdate("INSERT INTO employer_contact_moment (" + MOMENT + ", recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** The latest contact moment per next action that is due on or before the date, of the given employers' managers. */
    List<Views.Due> actionsDue(Scope scope, UserId manager, LocalDate until) {
        return jdbc.sql("""
                SELECT e.id, e.name, m.next_action, m.next_action_due FROM employer_contact_moment m JOIN employer e ON e.id = m.employer_id
                WHERE e.municipality_code IN (:scope) AND m.next_action_due IS NOT NULL AND m.next_action_due <= :until
                  AND (m.recorded_by = :manager OR e.manager_wi = :manager OR e.manager_ez = :manager)
                  AND NOT EXISTS (SELECT 1 FROM employer_contact_moment later WHERE later.employer_id = m.employer_id
                                  AND later.moment_date > m.moment_date)
                ORDER BY m.next_action_due, e.name""")
                .param("scope", scope.codes()).param("until", until).param("manager", manager.value())
                .query((rs, n) -> new Views.Due(new EmployerId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3),
                        SqlValues.date(rs, "next_action_due"), null)).list();
    }

    /** The manager's own employers without a contact moment since the date, longest silent first. */
    List<Views.Due> notContactedSince(Scope scope, UserId manager, LocalDate since) {
        return jdbc.sql("""
                SELECT e.id, e.name, (SELECT MAX(m.moment_date) FROM employer_contact_moment m WHERE m.employer_id = e.id) AS last_contact
                FROM employer e WHERE e.municipality_code IN (:scope) AND (e.manager_wi = :manager OR e.manager_ez = :manager)
                  AND NOT EXISTS (SELECT 1 FROM employer_contact_moment m WHERE m.employer_id = e.id AND m.moment_date >= :since)
                ORDER BY last_contact NULLS FIRST, e.name""")
                .param("scope", scope.codes()).param("since", since).param("manager", manager.value())
                .query((rs, n) -> new Views.Due(new EmployerId(rs.getObject(1, UUID.class)), rs.getString(2), null, null,
                        SqlValues.date(rs, "last_contact"))).list();
    }

    /** Contact moments marked as a mediation, per municipality of the employer, dated from..until inclusive. */
    Map<MunicipalityCode, Long> mediations(Scope scope, LocalDate from, LocalDate until) {
        Map<MunicipalityCode, Long> result = new TreeMap<>();
        jdbc.sql("""
                SELECT municipality_code, COUNT(*) FROM employer_contact_moment WHERE municipality_code IN (:scope) AND mediation = TRUE
                  AND moment_date BETWEEN :from AND :until GROUP BY municipality_code""")
                .param("scope", scope.codes()).param("from", from).param("until", until)
                .query((rs, n) -> result.put(new MunicipalityCode(rs.getString(1)), rs.getLong(2))).list();
        return result;
    }

    List<Views.Agreement> agreements(Collection<OrganisationId> organisations) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT id, organisation_id, partner_name, partner_kind, subject, start_date, end_date FROM employer_agreement
                WHERE organisation_id IN (:orgs) ORDER BY start_date DESC, partner_name""")
                .param("orgs", organisations.stream().map(OrganisationId::value).toList())
                .query((rs, n) -> new Views.Agreement(rs.getObject(1, UUID.class), new OrganisationId(rs.getObject(2, UUID.class)),
                        rs.getString(3), PartnerKind.valueOf(rs.getString(4)), rs.getString(5), java.util.Objects.requireNonNull(SqlValues.date(rs, "start_date")),
                        SqlValues.date(rs, "end_date"))).list();
    }

    void insertAgreements(OrganisationId organisation, List<AgreementForm> forms, Instant now) {
        List<Object[]> rows = forms.stream().map(f -> new Object[] {UUID.randomUUID(), organisation.value(),
                f.partner() == null ? "" : f.partner().strip(), java.util.Objects.requireNonNull(f.kind()).name(),
                f.subject() == null ? "" : f.subject().strip(), f.start(), f.end(), Timestamp.from(now)}).toList();
        template.batchUpdate("""
                INSERT INTO employer_agreement (id, organisation_id, partner_name, partner_kind, subject, start_date, end_date, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private static @org.jspecify.annotations.Nullable String blank(@org.jspecify.annotations.Nullable String value) {
        return ContactPersons.blank(value);
    }

    private static Views.Moment moment(ResultSet rs, int n) throws SQLException {
        return new Views.Moment(rs.getObject("id", UUID.class), new EmployerId(rs.getObject("employer_id", UUID.class)),
                new MunicipalityCode(rs.getString("municipality_code")), java.util.Objects.requireNonNull(SqlValues.date(rs, "moment_date")),
                ContactChannel.valueOf(rs.getString("channel")), rs.getString("subject"), rs.getObject("recorded_by", UUID.class),
                rs.getString("recorded_by_name"), ManagerKind.valueOf(rs.getString("manager_kind")), rs.getString("outcome"),
                rs.getString("next_action"), SqlValues.date(rs, "next_action_due"), rs.getBoolean("mediation"), SqlValues.uuid(rs, "mediation_client"),
                SqlValues.uuid(rs, "contact_id"), rs.getInt("version"));
    }
}
