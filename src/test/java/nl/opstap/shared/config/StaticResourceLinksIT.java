package nl.opstap.shared.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** With the link-rewriting filter off, version-less webjar paths and the style sheets are still served, and pages link to them as written. */
@OpstapIntegrationTest
class StaticResourceLinksIT {

    @Autowired MockMvc mvc;

    @Test
    void webjarsAndStyleSheetsAreServedAtThePathsThePagesUse() throws Exception {
        String signIn = mvc.perform(get("/inloggen")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(signIn).contains("src=\"/webjars/htmx.org/dist/htmx.min.js\"").contains("href=\"/css/opstap.css\"");

        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("htmx")));
        mvc.perform(get("/webjars/echarts/echarts.min.js")).andExpect(status().isOk());
        mvc.perform(get("/css/opstap.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/echarts/nothing-here.js")).andExpect(status().isNotFound());
    }
}
