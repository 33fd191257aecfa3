package nl.opstap.retention;

import static nl.opstap.testsupport.Fixtures.STADSKANAAL;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.BenefitChange;
import nl.opstap.client.BenefitStatus;
import nl.opstap.client.ClientDetails;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.NewClient;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.TestBsns;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Stadskanaal files with something of the person in every module, and a search of the whole database for a value. */
record RetentionFixtures(MockMvc mvc, UserAccounts accounts, ClientDirectory directory, JdbcClient jdbc) {

    static final String CASEWORKER = "Bearer demo-token-consulent.stadskanaal";
    static final LocalDate BENEFIT_FROM = LocalDate.of(2015, 1, 5);

    record Person(ClientId id, String firstNames, String lastName, String bsn) {}

    /** A file with a benefit from January 2015, facts, a plan, notes, a signal, a placement and (when given) a full outflow. */
    Person file(LocalDate outflowOn) throws Exception {
        Fixtures fixtures = new Fixtures(accounts, directory);
        String first = Fixtures.unique("Vergeet");
        String last = Fixtures.unique("Bewaar");
        String bsn = TestBsns.next();
        ClientDetails details = new ClientDetails(STADSKANAAL, bsn, first, "van", last, LocalDate.of(1975, 3, 2), null,
                Fixtures.unique("Straat"), 7, "b", "9501AB", "Stadskanaal", "0599 123 456", last.toLowerCase() + "@example.org",
                null, null, null);
        ClientId id = directory.register(fixtures.caseworkerAccess(STADSKANAAL), new NewClient(details, null, null));
        directory.changeBenefit(fixtures.caseworkerAccess(STADSKANAAL), id, new BenefitChange(BenefitStatus.RECIPIENT, BENEFIT_FROM));
        api(id, "/situaties", "{\"situatie\": \"werken-ervaren\", \"ingangsdatum\": \"" + BENEFIT_FROM + "\"}");
        api(id, "/perspectieven", "{\"perspectief\": \"werk\", \"ingangsdatum\": \"" + BENEFIT_FROM + "\"}");
        api(id, "/laddertreden", "{\"trede\": 3, \"ingangsdatum\": \"" + BENEFIT_FROM + "\"}");
        api(id, "/journaal", "{\"soort\": \"gespreksverslag\", \"onderwerp\": \"Intake " + last + "\", \"tekst\": \"" + first + " " + last
                + " vertelde over haar zoon\"}");
        api(id, "/plan", "{\"perspectief\": \"Werk voor " + last + "\", \"doelen\": [{\"omschrijving\": \"Werk bij de bakker van " + last
                + "\"}], \"afspraken\": [], \"stappen\": []}");
        api(id, "/signalen", "{\"soort\": \"fraudesignaal\", \"datum\": \"" + BENEFIT_FROM.plusMonths(2) + "\", \"omschrijving\": \"Melding over "
                + last + "\"}");
        api(id, "/plaatsingen", "{\"soort\": \"regulier-werk\", \"startdatum\": \"" + outflowOn.minusDays(1) + "\", \"urenPerWeek\": 32}");
        api(id, "/uitstroom", "{\"datum\": \"" + outflowOn + "\", \"reden\": \"werk\", \"omvang\": \"volledig\"}");
        return new Person(id, first, last, bsn);
    }

    /** A file whose benefit still runs. */
    Person openFile() {
        Fixtures fixtures = new Fixtures(accounts, directory);
        String last = Fixtures.unique("Open");
        ClientDetails details = Fixtures.details(STADSKANAAL, "Lopend", last);
        ClientId id = directory.register(fixtures.caseworkerAccess(STADSKANAAL), new NewClient(details, null, null));
        directory.changeBenefit(fixtures.caseworkerAccess(STADSKANAAL), id, new BenefitChange(BenefitStatus.RECIPIENT, BENEFIT_FROM));
        return new Person(id, "Lopend", last, details.bsn());
    }

    /** Every text column of every table in which the value occurs ("table.column"); one scan per table, then per column. */
    List<String> textColumnsContaining(String value) {
        java.util.Map<String, List<String>> tables = new java.util.TreeMap<>();
        jdbc.sql("""
                SELECT c.table_name, c.column_name FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE UPPER(c.table_schema) = 'PUBLIC' AND UPPER(t.table_type) IN ('BASE TABLE', 'TABLE')
                  AND UPPER(c.data_type) IN ('CHARACTER VARYING', 'TEXT', 'CHARACTER LARGE OBJECT', 'CHARACTER', 'VARCHAR')""")
                .query((rs, n) -> java.util.Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(c -> tables.computeIfAbsent(c.getKey(), k -> new java.util.ArrayList<>()).add(c.getValue()));
        String pattern = "%" + value.toLowerCase() + "%";
        List<String> found = new java.util.ArrayList<>();
        tables.forEach((table, columns) -> {
            if (count(table, columns, pattern) > 0) {
                columns.stream().filter(c -> count(table, List.of(c), pattern) > 0).forEach(c -> found.add((table + "." + c).toLowerCase()));
            }
        });
        return found;
    }

    private long count(String table, List<String> columns, String pattern) {
        String where = String.join(" OR ", columns.stream().map(c -> "LOWER(\"" + c + "\") LIKE :p").toList());
        return jdbc.sql("SELECT COUNT(*) FROM \"" + table + "\" WHERE " + where).param("p", pattern).query(Long.class).single();
    }

    private void api(ClientId client, String path, String body) throws Exception {
        mvc.perform(json(post("/api/v1/werkzoekenden/" + client.value() + path), CASEWORKER).content(body)).andExpect(status().isCreated());
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON);
    }
}
