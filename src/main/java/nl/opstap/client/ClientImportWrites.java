package nl.opstap.client;

import static nl.opstap.shared.jdbc.SqlValues.timestamp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.opstap.access.UserId;
import nl.opstap.shared.jdbc.BulkInsert;
import org.springframework.stereotype.Repository;

/**
 * Inserts many new clients with their first benefit status and caseworker, a thousand at a time per table (COPY on
 * PostgreSQL): the same rows {@link Clients#insert} writes one by one.
 */
@Repository
class ClientImportWrites {

    private static final int BATCH = 5000;

    private static final List<String> COLUMNS = List.of("id", "municipality_code", "bsn_index", "bsn_cipher", "first_names", "infix",
            "last_name", "search_name", "date_of_birth", "gender", "street", "house_number", "house_number_suffix", "postcode", "city", "phone",
            "email", "partner_id", "education_level", "refugee_status", "civic_integration_required", "work_limitation",
            "target_group_register", "special_education_leaver", "former_wajong", "language_level", "hours_per_week", "available_from",
            "driving_licence", "own_transport", "max_travel_km", "physical_load", "mental_load", "interests", "caseworker_id", "created_at",
            "created_by", "updated_at", "updated_by", "version");
    /** The {@link ClientParameters} names in the order of {@link #COLUMNS} (the version is 0). */
    private static final List<String> PARAMETERS = List.of("id", "municipality", "bsnIndex", "bsnCipher", "firstNames", "infix", "lastName",
            "searchName", "dateOfBirth", "gender", "street", "houseNumber", "houseNumberSuffix", "postcode", "city", "phone", "email", "partner",
            "education", "refugee", "civic", "limitation", "register", "specialEducation", "wajong", "language", "hours", "availableFrom",
            "licence", "transport", "travel", "physical", "mental", "interests", "caseworker", "now", "by", "now", "by");
    private static final List<String> HISTORY = List.of("client_id", "%s", "valid_from", "valid_to", "recorded_at", "recorded_by");

    private final BulkInsert bulk;
    private final BsnProtection bsns;

    ClientImportWrites(BulkInsert bulk, BsnProtection bsns) {
        this.bulk = bulk;
        this.bsns = bsns;
    }

    private static List<String> history(String value) {
        return HISTORY.stream().map(c -> c.equals("%s") ? value : c).toList();
    }

    void insert(List<Client> clients, UserId by, Instant now, java.util.function.IntConsumer progress) {
        for (int from = 0; from < clients.size(); from += BATCH) {
            List<Client> chunk = clients.subList(from, Math.min(clients.size(), from + BATCH));
            List<Object[]> rows = new ArrayList<>(chunk.size());
            for (Client c : chunk) {
                var parameters = ClientParameters.of(c, bsns, by, now);
                Object[] row = new Object[COLUMNS.size()];
                for (int i = 0; i < PARAMETERS.size(); i++) {
                    row[i] = parameters.getValue(PARAMETERS.get(i));
                }
                row[COLUMNS.size() - 1] = 0;
                rows.add(row);
            }
            bulk.rows("client", COLUMNS, rows);
            List<Object[]> benefits = new ArrayList<>();
            List<Object[]> caseworkers = new ArrayList<>();
            for (Client c : chunk) {
                c.benefitPeriods().forEach(p -> benefits.add(new Object[] {c.id().value(), p.status().name(), p.from(), p.to(),
                        timestamp(p.recordedAt()), by.value()}));
                c.caseworkerHistory().forEach(a -> caseworkers.add(new Object[] {c.id().value(), a.caseworker().value(), a.from(),
                        a.to(), timestamp(a.recordedAt()), by.value()}));
            }
            bulk.rows("client_benefit_status", history("status"), benefits);
            bulk.rows("client_caseworker", history("caseworker_id"), caseworkers);
            progress.accept(from + chunk.size());
        }
    }
}
