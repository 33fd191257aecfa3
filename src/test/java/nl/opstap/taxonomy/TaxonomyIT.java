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

/** Sector administration per organisation and the ESCO occupation search, end to end. */
@OpstapIntegrationTest
class TaxonomyIT {

    @Autowired MockMvc mvc;
    @Autowired Sectors sectors;
    @Autowired Occupations occupations;
    @Autowired Municipalities municipalities;

    private OrganisationId organisationOf(String municipality) {
        return municipalities.find(new MunicipalityCode(municipality)).orElseThrow().organisationId();
    }

    @Test
    void anAdministratorChangesOnlyTheirOwnOrganisationsSectorList() throws Exception {
        OrganisationId igsd = organisationOf(Fixtures.STEENWIJKERLAND);
        OrganisationId tdc = organisationOf(Fixtures.STADSKANAAL);
        String name = Fixtures.unique("Sector");
        mvc.perform(post("/beheer/sectoren").with(user("beheer.igsd")).with(csrf()).param("organisatie", igsd.value().toString())
                .param("name", name)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/beheer/sectoren").with(user("beheer.igsd")).with(csrf()).param("organisatie", igsd.value().toString())
                .param("name", "")).andExpect(status().isOk()).andExpect(content().string(containsString("id=\"name-error\"")));
        mvc.perform(post("/beheer/sectoren/GROEN/status").with(user("beheer.igsd")).with(csrf()).param("organisatie", igsd.value().toString())
                .param("actief", "false")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/beheer/sectoren/BOUW/naam").with(user("beheer.igsd")).with(csrf()).param("organisatie", tdc.value().toString())
                .param("name", "Overgenomen")).andExpect(status().isNotFound());

        assertThat(sectors.of(igsd)).anySatisfy(s -> assertThat(s.name()).isEqualTo(name));
        assertThat(sectors.find(igsd, "GROEN").orElseThrow().active()).isFalse();
        assertThat(sectors.find(tdc, "GROEN").orElseThrow().active()).isTrue();
        assertThat(sectors.find(tdc, "BOUW").orElseThrow().name()).isEqualTo("Bouw");
        assertThat(sectors.of(tdc)).noneSatisfy(s -> assertThat(s.name()).isEqualTo(name));
        mvc.perform(get("/beheer/sectoren").with(user("beheer.igsd"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        sectors.setActive(adminAccess(), igsd, "GROEN", true);
    }

    @Autowired nl.opstap.access.UserAccounts accounts;

    private nl.opstap.access.Access adminAccess() {
        return accounts.accessFor(accounts.idOf("beheer.igsd"), nl.opstap.access.Permission.CATALOGUE_ADMIN, nl.opstap.access.Channel.BATCH);
    }

    @Test
    void findsOccupationsByDutchLabelsInTheApi() throws Exception {
        assertThat(occupations.size()).isEqualTo(3007);
        mvc.perform(get("/api/v1/beroepen").param("zoek", "Inspicient").header("Authorization", "Bearer demo-token-consulent.steenwijkerland"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].naam").value("inspiciënt"));
        mvc.perform(get("/api/v1/beroepen").param("zoek", "k").header("Authorization", "Bearer demo-token-consulent.steenwijkerland"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("zoek"));
        mvc.perform(get("/api/v1/sectoren").header("Authorization", "Bearer demo-token-consulent.steenwijkerland"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].sectoren[*].code").value(hasItem("PRODUCTIE")));
    }
}
