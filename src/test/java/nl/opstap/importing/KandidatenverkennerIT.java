package nl.opstap.importing;

import static nl.opstap.testsupport.Fixtures.STADSKANAAL;
import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.opstap.access.UserAccounts;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientDetails;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.EducationLevel;
import nl.opstap.client.MatchingFacts;
import nl.opstap.client.NewClient;
import nl.opstap.client.TargetGroupMarkers;
import nl.opstap.shared.domain.Paging;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import nl.opstap.testsupport.TestBsns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Kandidatenverkenner export: only doelgroepregister clients with a current consent of their own, of the
 * municipalities in the administrator's scope, under their profile number and without anything that identifies them.
 */
@OpstapIntegrationTest
class KandidatenverkennerIT {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @Autowired ProcessingLog log;
    @Autowired JdbcClient jdbc;

    private Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(accounts, clients);
    }

    private record Person(ClientId id, ClientDetails details, String account) {}

    private Person person(String municipality, boolean register) {
        ClientDetails d = new ClientDetails(municipality, TestBsns.next(), Fixtures.unique("Voor"), null, Fixtures.unique("Kandidaat"),
                LocalDate.of(1983, 3, 9), null, "Kerkstraat", 12, null, "8331AB", "Steenwijk", "0612345678", "kandidaat@example.org",
                EducationLevel.MBO_2, new TargetGroupMarkers(false, false, true, register, false, false, null),
                new MatchingFacts(24, null, true, true, 25, null, null, null));
        ClientId id = clients.register(fixtures.caseworkerAccess(municipality), new NewClient(d, null, null));
        String account = Fixtures.unique("kandidaat.");
        fixtures.jobSeeker(account, id, municipality);
        return new Person(id, d, account);
    }

    private String publish(Person p, String pitch) throws Exception {
        mvc.perform(post("/mijn-privacy/toestemmingen/profiel").param("pitch", pitch).with(csrf()).with(user(p.account())))
                .andExpect(status().is3xxRedirection());
        return number(p);
    }

    private String number(Person p) {
        return jdbc.sql("SELECT number FROM profile WHERE client_id = ?").param(p.id().value()).query(String.class).single();
    }

    private String csv(String username) throws Exception {
        byte[] bytes = mvc.perform(get("/api/v1/exporten/kandidatenverkenner").param("formaat", "csv")
                        .header("Authorization", "Bearer demo-token-" + username))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void onlyConsentingRegisterClientsOfTheScopeAppearAnonymously() throws Exception {
        Person consenting = person(STEENWIJKERLAND, true);
        String shown = publish(consenting, "=HYPERLINK(\"http://x.invalid\",\"klik\") Ik werk graag buiten");
        Person withdrawn = person(STEENWIJKERLAND, true);
        String withdrawnNumber = publish(withdrawn, "");
        mvc.perform(post("/mijn-privacy/toestemmingen/profiel/intrekken").with(csrf()).with(user(withdrawn.account())))
                .andExpect(status().is3xxRedirection());
        Person notInRegister = person(STEENWIJKERLAND, false);
        String notInRegisterNumber = publish(notInRegister, "");
        Person noConsent = person(STEENWIJKERLAND, true);
        String noConsentNumber = Fixtures.unique("K-").substring(0, 8).toUpperCase();
        jdbc.sql("""
                INSERT INTO profile (client_id, number, municipality_code, published, pitch, education_level, hours_per_week, max_travel_km,
                    available_from, driving_licence, experience_years, region, sectors, skills, occupations, published_at)
                VALUES (?, ?, ?, TRUE, NULL, 'mbo-2', 24, 25, NULL, TRUE, 0, '83', '', '', '', CURRENT_TIMESTAMP)""")
                .params(noConsent.id().value(), noConsentNumber, STEENWIJKERLAND).update();
        Person foreign = person(STADSKANAAL, true);
        String foreignNumber = publish(foreign, "");

        String csv = csv("beheer.igsd");
        assertThat(csv).startsWith("\uFEFFKandidaatnummer;Gemeente;");
        String line = csv.lines().filter(l -> l.startsWith(shown + ";")).findFirst().orElseThrow();
        assertThat(line).contains(";Steenwijkerland;Mbo-2;ja;").contains(";24;").contains("\"'=HYPERLINK(");
        for (String number : new String[] {withdrawnNumber, notInRegisterNumber, noConsentNumber, foreignNumber}) {
            assertThat(csv).doesNotContain(number);
        }
        ClientDetails d = consenting.details();
        assertThat(csv).doesNotContain(d.lastName(), d.firstNames(), d.bsn(), "1983", "09-03-1983", "8331", "Kerkstraat", "0612345678",
                "kandidaat@example.org", consenting.id().toString());

        assertThat(log.historyOf(consenting.id().value(), new Paging(1, 20)).content())
                .anyMatch(e -> e.activity().equals("opstap-16") && e.action().equals("READ") && e.username().equals("beheer.igsd"));
        assertThat(log.historyOf(notInRegister.id().value(), new Paging(1, 20)).content()).noneMatch(e -> e.activity().equals("opstap-16"));

        assertThat(csv("beheer.tdc")).contains(foreignNumber).doesNotContain(shown);
    }

    @Test
    void excelFromThePageHoldsTheSameCandidates() throws Exception {
        Person consenting = person(STEENWIJKERLAND, true);
        String shown = publish(consenting, "-1+1");
        byte[] xlsx = mvc.perform(get("/export/kandidatenverkenner").param("formaat", "xlsx").with(user("beheer.igsd")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(KandidatenRulesTest.sheetOf(xlsx)).contains(shown).contains("&apos;-1+1").doesNotContain(consenting.details().lastName());
    }

    @Test
    void othersThanAdministratorsAreRefusedAndABadFormatIsAProblem() throws Exception {
        mvc.perform(get("/api/v1/exporten/kandidatenverkenner").header("Authorization", "Bearer demo-token-consulent.steenwijkerland"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/exporten/kandidatenverkenner").param("formaat", "pdf").header("Authorization", "Bearer demo-token-beheer.igsd"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")));
    }
}
