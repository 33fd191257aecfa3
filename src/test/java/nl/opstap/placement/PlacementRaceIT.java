package nl.opstap.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.testsupport.ApiCalls;
import nl.opstap.testsupport.ApiCalls.Answer;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import nl.opstap.testsupport.Race;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 10, concurrency: a matching decision and placements for the same client at the same moment, over real HTTP. One
 * thread hires the client on an invited pair (koppeling uitgenodigd → aangenomen), some register a placement from that
 * pair, others a werkervaringsplaats beside it. Afterwards: at most one placement comes from the pair, and only if
 * the pair is aangenomen; one werkervaringsplaats runs (one at a time, {@link OverlappingPlacements}); every 201 is a
 * stored placement and every other answer a 400 or 409, never a 5xx.
 */
@OpstapIntegrationTest
class PlacementRaceIT {

    static final int ROUNDS = 20;
    static final int FROM_PAIR = 5;
    static final int BESIDE = 4;

    @Autowired Environment environment;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;

    @Test
    void aHireAndPlacementsForTheSameClientAtOnceStayConsistent() throws Exception {
        ApiCalls api = new ApiCalls(environment, "consulent.stadskanaal");
        UUID vacancy = jdbc.sql("""
                SELECT v.id FROM vacancy v WHERE v.municipality_code = 'GM0037' AND v.status = 'OPEN' ORDER BY v.id LIMIT 1""")
                .query(UUID.class).single();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        for (int round = 0; round < ROUNDS; round++) {
            ClientId client = new Fixtures(accounts, clients).client(Fixtures.STADSKANAAL, "Race", Fixtures.unique("Plaatsing"));
            UUID pair = invitedPair(client, vacancy);
            String placements = "/api/v1/werkzoekenden/" + client.value() + "/plaatsingen";
            List<Callable<Answer>> tasks = new ArrayList<>();
            tasks.add(() -> api.send("POST", "/api/v1/koppelingen/" + pair + "/stappen", "\"1\"", "{\"status\": \"aangenomen\"}"));
            for (int i = 0; i < FROM_PAIR; i++) {
                tasks.add(() -> api.send("POST", placements, null, """
                        {"soort": "regulier-werk", "koppelingId": "%s", "startdatum": "%s", "urenPerWeek": 32}""".formatted(pair, today)));
            }
            for (int i = 0; i < BESIDE; i++) {
                tasks.add(() -> api.send("POST", placements, null, """
                        {"soort": "werkervaringsplaats", "waaromNietHoger": "Eerst werkritme", "startdatum": "%s", "urenPerWeek": 16}""".formatted(today)));
            }
            List<Answer> answers = Race.run(tasks);

            String context = "round " + round + ": " + answers;
            assertThat(answers.getFirst().status()).as(context).isEqualTo(200);
            assertThat(answers.subList(1, answers.size())).extracting(Answer::status).as(context).allMatch(s -> s == 201 || s == 400 || s == 409);
            long fromPair = count("SELECT COUNT(*) FROM placement WHERE match_pair_id = ?", pair);
            long beside = count("SELECT COUNT(*) FROM placement WHERE client_id = ? AND placement_type = 'WORK_EXPERIENCE'", client.value());
            assertThat(fromPair).as("placements from the pair, " + context).isLessThanOrEqualTo(1);
            assertThat(beside).as("werkervaringsplaatsen at once, " + context).isEqualTo(1);
            assertThat(answers.stream().filter(a -> a.status() == 201).count()).as("acknowledged = stored, " + context)
                    .isEqualTo(fromPair + beside);
            assertThat(jdbc.sql("SELECT status FROM matching_pair WHERE id = ?").param(pair).query(String.class).single()).isEqualTo("HIRED");
        }
    }

    /** A pair at "uitgenodigd", as if proposed, judged suitable and put forward (the steps themselves are tested in MatchingIT). */
    private UUID invitedPair(ClientId client, UUID vacancy) {
        UUID pair = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO matching_pair (id, client_id, vacancy_id, municipality_code, status, proposed_on, version, updated_at)
                VALUES (?, ?, ?, 'GM0037', 'INVITED', ?, 1, ?)""")
                .params(pair, client.value(), vacancy, LocalDate.now(), Timestamp.from(Instant.now())).update();
        return pair;
    }

    private long count(String sql, UUID id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }
}
