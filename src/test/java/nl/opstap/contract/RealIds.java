package nl.opstap.contract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ids that exist (mostly in Steenwijkerland, the demo caseworker's municipality), so that a request with one hostile part
 * and real ids elsewhere gets past "not found" and deeper into the application.
 */
final class RealIds {

    /** Path parameter name → table, and for {@code id} the table by the path it appears in. */
    private static final Map<String, String> TABLES = Map.ofEntries(Map.entry("clientId", "client"), Map.entry("employerId", "employer"),
            Map.entry("vacancyId", "vacancy"), Map.entry("workshopId", "workshop"), Map.entry("sessionId", "agency_session"),
            Map.entry("pairId", "matching_pair"), Map.entry("placementId", "placement"), Map.entry("planId", "plan"),
            Map.entry("entryId", "journal_entry"), Map.entry("contactId", "employer_contact"), Map.entry("momentId", "employer_contact_moment"),
            Map.entry("factId", "diagnosis_fact"), Map.entry("participationId", "participation"), Map.entry("exemptionId", "exemption"),
            Map.entry("signalId", "client_signal"), Map.entry("followUpId", "follow_up"), Map.entry("activityId", "activity"),
            Map.entry("reopeningId", "support_reopening"));
    private static final Map<String, String> ID_BY_PATH = Map.of("/api/v1/werkzoekenden", "client", "/api/v1/importen", "import_job",
            "/api/v1/exporten", "export_job", "/api/v1/mijn/portfolio", "portfolio_entry", "/api/v1/mijn/documenten", "portfolio_document",
            "/api/v1/contactverzoeken", "contact_request");

    private final Map<String, List<String>> byTable = new HashMap<>();
    private final JdbcClient jdbc;

    RealIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Existing ids for a path parameter (empty when none is known: then only hostile values are sent). */
    List<String> of(String path, String param) {
        String table = TABLES.get(param);
        if (param.equals("id")) {
            table = ID_BY_PATH.entrySet().stream().filter(e -> path.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
        }
        return table == null ? List.of() : byTable.computeIfAbsent(table, this::load);
    }

    private List<String> load(String table) {
        try {
            return jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM " + table + " WHERE municipality_code = 'GM1708' ORDER BY id LIMIT 3")
                    .query(String.class).list();
        } catch (org.springframework.dao.DataAccessException noMunicipality) {
            return jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM " + table + " ORDER BY id LIMIT 3").query(String.class).list();
        }
    }
}
