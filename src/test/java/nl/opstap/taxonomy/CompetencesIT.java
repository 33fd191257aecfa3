package nl.opstap.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The organisation's own competence list: defaults, administration per organisation and the API. */
@OpstapIntegrationTest
class CompetencesIT {

    @Autowired MockMvc mvc;
    @Autowired Competences competences;
    @Autowired Municipalities municipalities;

    private OrganisationId organisationOf(String municipality) {
        return municipalities.find(new MunicipalityCode(municipality)).orElseThrow().organisationId();
    }

    @Test
    void anAdministratorManagesOnlyTheirOwnOrganisationsList() throws Exception {
        OrganisationId igsd = organisationOf(Fixtures.STEENWIJKERLAND);
        OrganisationId tdc = organisationOf(Fixtures.STADSKANAAL);
        var tdcList = competences.of(tdc); // other tests (CrossSiteScriptingIT) may have added to it
        mvc.perform(get("/beheer/competenties").with(user("beheer.igsd"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Op tijd komen"))).andExpect(content().string(containsString("Heftruck rijden")));
        String name = Fixtures.unique("Lassen");
        mvc.perform(post("/beheer/competenties").with(user("beheer.igsd")).with(csrf()).param("organisatie", igsd.value().toString())
                .param("kind", "VAKVAARDIGHEID").param("name", name).param("description", "MIG/MAG")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/beheer/competenties").with(user("beheer.igsd")).with(csrf()).param("organisatie", igsd.value().toString())
                .param("kind", "").param("name", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\""))).andExpect(content().string(containsString("id=\"kind-error\"")));
        mvc.perform(post("/beheer/competenties").with(user("beheer.igsd")).with(csrf()).param("organisatie", igsd.value().toString())
                .param("kind", "VAKVAARDIGHEID").param("name", name.toUpperCase())).andExpect(status().isOk())
                .andExpect(content().string(containsString("staat al in de lijst")));
        Competence added = competences.of(igsd).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        assertThat(added.kind()).isEqualTo(CompetenceKind.VAKVAARDIGHEID);
        assertThat(added.description()).isEqualTo("MIG/MAG");
        mvc.perform(post("/beheer/competenties/{id}/naam", added.id()).with(user("beheer.igsd")).with(csrf())
                .param("organisatie", igsd.value().toString()).param("name", name + " 2")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/beheer/competenties/{id}/status", added.id()).with(user("beheer.igsd")).with(csrf())
                .param("organisatie", igsd.value().toString()).param("actief", "false")).andExpect(status().is3xxRedirection());
        assertThat(competences.of(igsd)).anySatisfy(c -> {
            assertThat(c.id()).isEqualTo(added.id());
            assertThat(c.name()).isEqualTo(name + " 2");
            assertThat(c.active()).isFalse();
        });

        Competence foreign = competences.of(tdc).getFirst();
        mvc.perform(post("/beheer/competenties/{id}/naam", foreign.id()).with(user("beheer.igsd")).with(csrf())
                .param("organisatie", tdc.value().toString()).param("name", "Overgenomen")).andExpect(status().isNotFound());
        mvc.perform(post("/beheer/competenties/{id}/status", foreign.id()).with(user("beheer.igsd")).with(csrf())
                .param("organisatie", igsd.value().toString()).param("actief", "false")).andExpect(status().isNotFound());
        mvc.perform(get("/beheer/competenties").param("organisatie", tdc.value().toString()).with(user("beheer.igsd")))
                .andExpect(status().isNotFound());
        assertThat(competences.of(tdc)).allSatisfy(c -> assertThat(c.active()).isTrue()).noneSatisfy(c -> assertThat(c.name()).isEqualTo("Overgenomen"));
        assertThat(competences.of(tdc)).as("the other organisation's list is unchanged").isEqualTo(tdcList);
    }

    @Test
    void staffReadTheirOrganisationsListsInTheApi() throws Exception {
        mvc.perform(get("/api/v1/competenties").header("Authorization", "Bearer demo-token-consulent.steenwijkerland"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].competenties[*].naam").value(hasItem("Samenwerken")))
                .andExpect(jsonPath("$[0].competenties[*].soort").value(hasItem("WERKNEMERSVAARDIGHEID")));
    }
}
