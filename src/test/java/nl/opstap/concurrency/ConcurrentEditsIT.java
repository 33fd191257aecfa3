package nl.opstap.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.ToIntFunction;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDetails;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.NewClient;
import nl.opstap.employer.Employers;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.testsupport.ApiCalls;
import nl.opstap.testsupport.ApiCalls.Answer;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import nl.opstap.testsupport.Race;
import nl.opstap.taxonomy.Occupations;
import nl.opstap.taxonomy.Sectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 10, concurrency: simultaneous edits of the same client, employer, vacancy and plan over real HTTP, each thread
 * reading, changing and writing back with If-Match and trying again after a 412. Every write either lands (200) or is
 * refused as stale (412), and the final state holds every acknowledged change: no update is lost. Diagnosis facts
 * recorded at the same moment are all kept.
 */
@OpstapIntegrationTest
class ConcurrentEditsIT {

    static final int THREADS = 10;
    static final int EDITS = 2;

    @Autowired Environment environment;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @Autowired Employers employers;
    @Autowired Occupations occupations;
    @Autowired Sectors sectors;
    private Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(accounts, clients);
    }

    @Test
    void simultaneousEditsOfAClientLoseNoUpdate() throws Exception {
        ClientDetails details = Fixtures.details(Fixtures.STADSKANAAL, "Gelijk", Fixtures.unique("Tijdig"));
        ClientId client = clients.register(fixtures.caseworkerAccess(Fixtures.STADSKANAAL), new NewClient(details, null, null));
        ApiCalls api = new ApiCalls(environment, "consulent.stadskanaal");
        increments(api, "/api/v1/werkzoekenden/" + client.value(), node -> node.get("huisnummer").asInt(),
                (node, next) -> ((ObjectNode) node).put("huisnummer", next).put("bsn", details.bsn()).toString());
    }

    @Test
    void simultaneousEditsOfAnEmployerLoseNoUpdate() throws Exception {
        String employer = fixtures.employer(employers, Fixtures.STADSKANAAL, "Gelijktijdig " + Fixtures.unique("bv")).value().toString();
        increments(new ApiCalls(environment, "accountmanager.tdc"), "/api/v1/werkgevers/" + employer,
                node -> node.get("aantalWerknemers").asInt(), (node, next) -> ((ObjectNode) node).put("aantalWerknemers", next).toString());
    }

    @Test
    void simultaneousEditsOfAVacancyLoseNoUpdate() throws Exception {
        String employer = fixtures.employer(employers, Fixtures.STADSKANAAL, "Vacaturerace " + Fixtures.unique("bv")).value().toString();
        ApiCalls api = new ApiCalls(environment, "accountmanager.tdc");
        String occupation = occupations.search("kok", 1).getFirst().uri();
        String sector = sectors.forMunicipality(new MunicipalityCode(Fixtures.STADSKANAAL)).getFirst().code();
        Answer created = api.send("POST", "/api/v1/vacatures", null, """
                {"werkgeverId": "%s", "titel": "Gelijktijdig", "beroep": "%s", "sector": "%s", "postcode": "9501AB",
                 "urenMin": 24, "urenMax": 32, "aantalPlaatsen": 1}""".formatted(employer, occupation, sector));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        increments(api, "/api/v1/vacatures/" + json.readTree(created.body()).get("id").asString(),
                node -> node.get("aantalPlaatsen").asInt(), (node, next) -> ((ObjectNode) node).put("aantalPlaatsen", next).toString());
    }

    @Test
    void simultaneousEditsOfAPlanKeepEveryAcknowledgedGoal() throws Exception {
        ClientId client = fixtures.client(Fixtures.STADSKANAAL, "Plan", Fixtures.unique("Gelijk"));
        ApiCalls api = new ApiCalls(environment, "consulent.stadskanaal");
        String path = "/api/v1/werkzoekenden/" + client.value() + "/plan";
        Answer created = api.send("POST", path, null, "{\"doelen\": []}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        increments(api, path, node -> node.get("inhoud").get("doelen").size(), (node, next) -> {
            ObjectNode content = (ObjectNode) node.get("inhoud");
            content.withArray("doelen").addObject().put("omschrijving", "Doel " + next);
            return content.toString();
        });
        JsonNode goals = json.readTree(api.get(path).body()).get("inhoud").get("doelen");
        for (int i = 0; i < goals.size(); i++) {
            assertThat(goals.get(i).get("omschrijving").asString()).isEqualTo("Doel " + (i + 1));
        }
    }

    @Test
    void factsRecordedAtTheSameMomentAreAllKept() throws Exception {
        ClientId client = fixtures.client(Fixtures.STADSKANAAL, "Trede", Fixtures.unique("Gelijk"));
        ApiCalls api = new ApiCalls(environment, "consulent.stadskanaal");
        String path = "/api/v1/werkzoekenden/" + client.value() + "/laddertreden";
        int before = json.readTree(api.get(path).body()).size();
        List<Callable<Answer>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String body = "{\"trede\": %d, \"ingangsdatum\": \"%s\"}".formatted(1 + i % 6, LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).minusDays(i));
            tasks.add(() -> api.send("POST", path, null, body));
        }
        List<Answer> answers = Race.run(tasks);
        assertThat(answers).extracting(Answer::status).as(answers.toString()).containsOnly(201);
        assertThat(json.readTree(api.get(path).body()).size()).isEqualTo(before + THREADS);
    }

    /**
     * THREADS threads each make EDITS read-modify-write increments of one number in the resource, starting together and
     * trying again after a 412. Every answer is 200 or 412, and the number ends at its start plus the acknowledged writes.
     */
    private void increments(ApiCalls api, String path, ToIntFunction<JsonNode> read, BiFunction<JsonNode, Integer, String> write)
            throws Exception {
        int start = read.applyAsInt(json.readTree(api.get(path).body()));
        List<Callable<List<Integer>>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            tasks.add(() -> {
                List<Integer> statuses = new ArrayList<>();
                for (int edit = 0; edit < EDITS; edit++) {
                    for (int attempt = 0; attempt < 200; attempt++) {
                        Answer current = api.get(path);
                        JsonNode node = json.readTree(current.body());
                        Answer written = api.send("PUT", path, current.etag(), write.apply(node, read.applyAsInt(node) + 1));
                        statuses.add(written.status());
                        if (written.status() != 412) {
                            break;
                        }
                    }
                }
                return statuses;
            });
        }
        List<Integer> statuses = Race.run(tasks).stream().flatMap(List::stream).toList();
        long acknowledged = statuses.stream().filter(s -> s == 200).count();
        assertThat(statuses).as("answers to the simultaneous edits of " + path).containsOnly(200, 412);
        assertThat(acknowledged).isEqualTo(THREADS * EDITS);
        assertThat(statuses).as("some edits met a newer version (the race happened)").contains(412);
        assertThat(read.applyAsInt(json.readTree(api.get(path).body()))).as("the final state of " + path).isEqualTo(start + acknowledged);
    }
}
