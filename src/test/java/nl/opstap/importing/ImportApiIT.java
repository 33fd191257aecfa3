package nl.opstap.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import nl.opstap.testsupport.TestBsns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The import API: the same steps as the screens, with problem+json for every refusal. */
@OpstapIntegrationTest
class ImportApiIT {

    private static final String TOKEN = "Bearer demo-token-" + ImportSteps.ADMIN;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private UUID upload(String csv) throws Exception {
        String body = mvc.perform(multipart("/api/v1/importen").file(new MockMultipartFile("bestand", "api.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).param("soort", "werkzoekenden").header("Authorization", TOKEN))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("geupload"))
                .andExpect(jsonPath("$.koppeling.bsn").value("BSN")).andReturn().getResponse().getContentAsString();
        return UUID.fromString(body.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1"));
    }

    @Test
    void runsAnImportStepByStepAndAnswersEveryRefusalWithProblemJson() throws Exception {
        String family = Fixtures.unique("Api");
        String bsn = TestBsns.next();
        UUID job = upload("Gemeente;BSN;Voornamen;Achternaam;Geboortedatum;Postcode\nGM1708;" + bsn + ";Ada;" + family + ";17-05-1984;8331AB\n");
        mvc.perform(post("/api/v1/importen/" + job + "/uitvoering").header("Authorization", TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"modus\":\"alles-of-niets\"}"))
                .andExpect(status().isConflict()).andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail", containsString("Controleer het bestand eerst")));
        mvc.perform(post("/api/v1/importen/" + job + "/controle").header("Authorization", TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"koppeling\":{\"bsn\":\"Bestaat niet\"},\"peildatum\":\"2999-01-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(containsString("Deze kolom staat niet in het bestand")))
                .andExpect(content().string(containsString("niet in de toekomst")))
                .andExpect(content().string(containsString("Kies de kolom voor Achternaam")));
        mvc.perform(post("/api/v1/importen/" + job + "/controle").header("Authorization", TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isAccepted());
        ImportSteps steps = new ImportSteps(mvc, jdbc, ImportSteps.ADMIN);
        assertThat(steps.waitWhileRunning(job)).isEqualTo("VALIDATED");
        mvc.perform(get("/api/v1/importen/" + job).header("Authorization", TOKEN))
                .andExpect(jsonPath("$.status").value("gecontroleerd")).andExpect(jsonPath("$.nieuw").value(1));
        mvc.perform(post("/api/v1/importen/" + job + "/uitvoering").header("Authorization", TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"modus\":\"zomaar\"}"))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(post("/api/v1/importen/" + job + "/uitvoering").header("Authorization", TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"modus\":\"alles-of-niets\"}"))
                .andExpect(status().isAccepted());
        assertThat(steps.waitWhileRunning(job)).isEqualTo("DONE");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM client WHERE last_name = ?").param(family).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/api/v1/importen/" + job + "/fouten").header("Authorization", TOKEN)).andExpect(status().isOk())
                .andExpect(content().json("[]"));
    }

    @Test
    void anUnknownOrForeignJobIsNotFoundAndAFileWithoutKindIsRefused() throws Exception {
        mvc.perform(get("/api/v1/importen/" + UUID.randomUUID()).header("Authorization", TOKEN))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        UUID job = upload("BSN;Achternaam\n1;X\n");
        mvc.perform(get("/api/v1/importen/" + job).header("Authorization", "Bearer demo-token-beheer.tdc"))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/importen").file(new MockMultipartFile("bestand", "x.csv", "text/csv", "a;b\n".getBytes(StandardCharsets.UTF_8)))
                        .param("soort", "klanten").header("Authorization", TOKEN))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Kies wat u importeert")));
        mvc.perform(get("/api/v1/importvelden").param("soort", "vacatures").header("Authorization", TOKEN))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].sleutel").value("werkgeverKvk"));
    }
}
