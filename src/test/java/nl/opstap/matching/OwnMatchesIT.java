package nl.opstap.matching;

import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Mijn vacatures": the demo job seeker (three vacancies proposed by the demo) reads why in plain words; another job
 * seeker sees none of those proposals.
 */
@OpstapIntegrationTest
class OwnMatchesIT {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;

    @Test
    void theProposalsAreExplainedInPlainWords() throws Exception {
        mvc.perform(get("/mijn-vacatures").with(user("werkzoekende.demo"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Wat past bij u")))
                .andExpect(content().string(containsString("van uw huis")));
        mvc.perform(get("/api/v1/mijn/vacatures").header("Authorization", "Bearer demo-token-werkzoekende.demo"))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[0].watPast[*]", everyItem(not(containsString("trede")))))
                .andExpect(jsonPath("$[0].watPast[?(@ =~ /Het werk is .* km van uw huis\\./)]").exists());
    }

    @Test
    void anotherJobSeekerSeesNoneOfThem() throws Exception {
        Fixtures fixtures = new Fixtures(accounts, clients);
        String seeker = Fixtures.unique("zoeker.");
        fixtures.jobSeeker(seeker, fixtures.client(STEENWIJKERLAND, "Ander", Fixtures.unique("Zoeker")), STEENWIJKERLAND);
        mvc.perform(get("/mijn-vacatures").with(user(seeker))).andExpect(status().isOk())
                .andExpect(content().string(containsString("U bent nog niet voorgesteld")));
        mvc.perform(get("/api/v1/mijn/vacatures").with(user(seeker))).andExpect(jsonPath("$", hasSize(0)));
    }
}
