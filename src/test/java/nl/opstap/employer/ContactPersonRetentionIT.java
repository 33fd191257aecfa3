package nl.opstap.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.Permission;
import nl.opstap.access.Scope;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.shared.domain.Paging;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A contact person who left the company longer ago than the retention period loses name, role, phone and e-mail; the
 * row and the contact moments naming it stay. Those who left recently, and those still there, are untouched.
 */
@OpstapIntegrationTest
class ContactPersonRetentionIT {

    static final Access SYSTEM = new Access(CurrentUser.SYSTEM, Permission.FILE_ERASURE, Scope.of(Set.of()), Channel.BATCH);

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired ContactPersonRetention retention;
    @Autowired ProcessingLog log;
    @Autowired Clock clock;

    private String employer;

    @Test
    void aContactPersonWhoLeftLongAgoIsAnonymisedAndTheContactMomentsStay() throws Exception {
        employer = json.readTree(mvc.perform(api(post("/api/v1/werkgevers")).content("""
                {"kvkNummer": "%s", "naam": "Bewaarbedrijf", "sbiSectie": "C", "straat": "Markt", "huisnummer": "5",
                 "postcode": "8331AB", "plaats": "Steenwijk", "gemeente": "GM1708", "aantalWerknemers": 8}""".formatted(EmployerIT.kvk())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
        String longGone = contact("Gerrit Langvertrokken", "Planner", "0612345678", "gerrit@bewaarbedrijf.example");
        String recentlyGone = contact("Fenna Pasvertrokken", "HR", "0687654321", "fenna@bewaarbedrijf.example");
        String stays = contact("Wim Blijft", "Directeur", null, null);
        String moment = moment(longGone);
        moment(recentlyGone);
        for (String left : new String[] {longGone, recentlyGone}) {
            mvc.perform(api(delete("/api/v1/werkgevers/" + employer + "/contactpersonen/" + left)).header("If-Match", "\"0\""))
                    .andExpect(status().isOk());
        }
        Instant now = clock.instant();
        leftAt(longGone, now.minus(Duration.ofDays(3 * 366)));
        leftAt(recentlyGone, now.minus(Duration.ofDays(366)));

        assertThat(retention.anonymiseLeftBefore(SYSTEM, now.minus(Duration.ofDays(2 * 365)), 1000)).isEqualTo(1);

        JsonNode gone = contactNode(longGone);
        assertThat(gone.get("naam").asString()).isEqualTo(ContactPersonRetention.PLACEHOLDER);
        for (String field : new String[] {"functie", "telefoonnummer", "emailadres"}) {
            assertThat(gone.get(field) == null || gone.get(field).isNull()).as(field).isTrue();
        }
        assertThat(contactNode(recentlyGone).get("naam").asString()).isEqualTo("Fenna Pasvertrokken");
        assertThat(contactNode(stays).get("naam").asString()).isEqualTo("Wim Blijft");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM employer_contact WHERE name LIKE '%Langvertrokken%' OR email LIKE 'gerrit@%' "
                + "OR phone = '0612345678'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT contact_id FROM employer_contact_moment WHERE id = ?").param(UUID.fromString(moment))
                .query(UUID.class).single()).isEqualTo(UUID.fromString(longGone));
        assertThat(log.historyOf(UUID.fromString(employer), new Paging(1, 50)).content())
                .filteredOn(entry -> entry.username().equals("systeem")).singleElement().satisfies(entry -> {
                    assertThat(entry.activity()).isEqualTo(ProcessingActivity.EMPLOYER_CRM.id());
                    assertThat(entry.action()).isEqualTo("UPDATE");
                    assertThat(entry.channel()).isEqualTo("BATCH");
                });
        String page = mvc.perform(get("/werkgevers/" + employer).with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user("accountmanager.igsd"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(ContactPersonRetention.PLACEHOLDER).doesNotContain("Langvertrokken");

        assertThat(retention.anonymiseLeftBefore(SYSTEM, now.minus(Duration.ofDays(2 * 365)), 1000)).as("once only").isZero();
    }

    private String contact(String name, String role, String phone, String email) throws Exception {
        String body = json.writeValueAsString(java.util.Map.of("naam", name, "functie", role)).replace("}",
                (phone == null ? "" : ", \"telefoonnummer\": \"" + phone + "\", \"emailadres\": \"" + email + "\"") + "}");
        for (JsonNode node : json.readTree(mvc.perform(api(post("/api/v1/werkgevers/" + employer + "/contactpersonen")).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())) {
            if (node.get("naam").asString().equals(name)) {
                return node.get("id").asString();
            }
        }
        throw new AssertionError(name);
    }

    private String moment(String contact) throws Exception {
        String answer = mvc.perform(api(post("/api/v1/werkgevers/" + employer + "/contactmomenten")).content(
                        "{\"datum\": \"%s\", \"kanaal\": \"telefoon\", \"onderwerp\": \"Kennismaking\", \"contactpersoon\": \"%s\"}"
                                .formatted(java.time.LocalDate.now(clock), contact)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get(0).get("id").asString();
    }

    private void leftAt(String contact, Instant when) {
        jdbc.sql("UPDATE employer_contact SET inactive_since = ? WHERE id = ? AND active = FALSE")
                .params(Timestamp.from(when), UUID.fromString(contact)).update();
    }

    private JsonNode contactNode(String id) throws Exception {
        return json.readTree(mvc.perform(api(get("/api/v1/werkgevers/" + employer + "/contactpersonen/" + id)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", EmployerIT.WI).contentType(MediaType.APPLICATION_JSON);
    }
}
