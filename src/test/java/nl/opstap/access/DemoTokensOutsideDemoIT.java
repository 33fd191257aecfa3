package nl.opstap.access;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.opstap.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/** Outside the demo profile the demo tokens do not exist, even for accounts that the demo created. */
@SpringBootTest(properties = "opstap.security.master-key=ZGVtby1zbGV1dGVsLWFsbGVlbi12b29yLWRlLWRlbW8tb21nZXZpbmctMDEyMzQ1Njc4OQ==")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
class DemoTokensOutsideDemoIT {

    @Autowired MockMvc mvc;

    @Test
    void aDemoTokenIsRefused() throws Exception {
        mvc.perform(get("/api/v1/gemeenten").header("Authorization", "Bearer demo-token-admin"))
                .andExpect(status().isUnauthorized());
    }
}
