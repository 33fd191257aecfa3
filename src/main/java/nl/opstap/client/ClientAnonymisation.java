package nl.opstap.client;

import java.time.Clock;
import nl.opstap.shared.jdbc.SqlValues;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The client module's part of anonymising a file (ADR 0021): the row stays, with its id, as a placeholder
 * "Geanonimiseerd dossier". BSN (cipher and keyed index), names, address, contact data and interests go; the
 * municipality, date of birth, gender, education, target-group markers, partner link, caseworker and the benefit and
 * caseworker histories stay, as the steering reports count them (report_client, report_benefit, report_caseworker).
 */
@Component
class ClientAnonymisation implements PersonalDataEraser {

    static final String FIRST_NAMES = "Geanonimiseerd";
    static final String LAST_NAME = "dossier";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ClientAnonymisation(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** The placeholder in the BSN index: unique per file, derived from no BSN. */
    static String indexOf(ClientId client) {
        return "geanonimiseerd:" + client.value();
    }

    @Override
    public int erase(ClientId client) {
        // The postcode keeps its four digits (PC4): matching and the region need no more, and a street does not follow.
        // An anonymised file is no candidate for matching any more (CandidateFeed leaves it out; the index refreshes).
        jdbc.sql("SELECT municipality_code FROM client WHERE id = ?").param(client.value()).query(String.class).optional()
                .ifPresent(m -> events.publishEvent(new ClientChanged(client, new nl.opstap.organisation.MunicipalityCode(m), false)));
        return jdbc.sql("""
                UPDATE client SET bsn_index = :index, bsn_cipher = '', first_names = :first, infix = NULL, last_name = :last,
                       search_name = :search, street = NULL, house_number = NULL, house_number_suffix = NULL,
                       postcode = SUBSTRING(postcode, 1, 4), city = NULL, phone = NULL, email = NULL, interests = NULL,
                       anonymised_at = :now, version = version + 1
                WHERE id = :id AND anonymised_at IS NULL""")
                .param("index", indexOf(client)).param("first", FIRST_NAMES).param("last", LAST_NAME)
                .param("search", SearchName.of(FIRST_NAMES, null, LAST_NAME))
                .param("now", SqlValues.timestamp(clock.instant())).param("id", client.value()).update();
    }
}
