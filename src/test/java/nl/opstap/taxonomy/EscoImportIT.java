package nl.opstap.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Importing an ESCO set on the screen and through the API: all or nothing, then searchable. */
@OpstapIntegrationTest
class EscoImportIT {

    static final String ADMIN_TOKEN = "Bearer demo-token-beheer.igsd";
    static final String HEFTRUCK = "http://data.europa.eu/esco/occupation/f1c5e0aa-0000-4000-8000-000000000001";

    @Autowired MockMvc mvc;
    @Autowired Occupations occupations;
    @Autowired Skills skills;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void restoreShippedSet() {
        EscoTestSupport.restoreShippedSet(jdbc, occupations, skills);
    }

    static MockMultipartFile file(String part, String name) throws IOException {
        return new MockMultipartFile(part, name, "text/csv", EscoImportIT.class.getResourceAsStream("/esco/" + name).readAllBytes());
    }

    static MockMultipartFile text(String part, String content) {
        return new MockMultipartFile(part, part + ".csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private long stored() {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM esco_occupation) + (SELECT COUNT(*) FROM esco_skill) + "
                + "(SELECT COUNT(*) FROM esco_occupation_skill) + (SELECT COUNT(*) FROM esco_import)").query(Long.class).single();
    }

    @Test
    void aValidSetImportedOnTheScreenIsSearchableWithItsSkills() throws Exception {
        mvc.perform(multipart("/beheer/esco").file(file("beroepen", "occupations_nl.csv")).file(file("vaardigheden", "skills_nl.csv"))
                        .file(file("relaties", "occupationSkillRelations_nl.csv")).param("versie", "ESCO toets 1.2").with(user("beheer.igsd")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(occupations.size()).isEqualTo(3);
        assertThat(occupations.search("magazijnrijder", 5)).extracting(Occupation::uri).containsExactly(HEFTRUCK);
        assertThat(occupations.search("caissiere", 5)).hasSize(1);
        assertThat(skills.search("HEFTRUCK BESTUREN", 5)).extracting(Skill::preferredLabel).containsExactly("vorkheftruck bedienen toetsfixture");
        assertThat(skills.essentialSkillsOf(HEFTRUCK)).extracting(Skill::preferredLabel)
                .containsExactly("veiligheidsvoorschriften naleven toetsfixture", "vorkheftruck bedienen toetsfixture");
        assertThat(skills.optionalSkillsOf(HEFTRUCK)).extracting(Skill::preferredLabel).containsExactly("voorraadbeheer toetsfixture");
        mvc.perform(get("/beheer/esco").with(user("beheer.igsd"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("ESCO toets 1.2")));
        String consultant = "Bearer demo-token-consulent.steenwijkerland";
        mvc.perform(get("/api/v1/vaardigheden").param("zoek", "afrekenen").header("Authorization", consultant))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].naam").value("kassa bedienen toetsfixture"));
        mvc.perform(get("/api/v1/beroepen/f1c5e0aa-0000-4000-8000-000000000001/vaardigheden").header("Authorization", consultant))
                .andExpect(status().isOk()).andExpect(jsonPath("$.essentieel.length()").value(2)).andExpect(jsonPath("$.optioneel[0].naam")
                        .value("voorraadbeheer toetsfixture"));
        mvc.perform(get("/api/v1/beroepen/5223.2.9/vaardigheden").header("Authorization", consultant))
                .andExpect(status().isOk()).andExpect(jsonPath("$.essentieel[0].naam").value("kassa bedienen toetsfixture"));
        mvc.perform(get("/api/v1/beroepen/bestaat-niet/vaardigheden").header("Authorization", consultant))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("Beroep niet gevonden."));
        mvc.perform(get("/api/v1/esco/importen").header("Authorization", ADMIN_TOKEN))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].versie").value("ESCO toets 1.2")).andExpect(jsonPath("$[0].relaties").value(4));
    }

    @Test
    void anInvalidRowStoresNothingAndTheReportNamesRowAndColumn() throws Exception {
        String relations = new String(file("relaties", "occupationSkillRelations_nl.csv").getBytes(), StandardCharsets.UTF_8)
                + "http://data.europa.eu/esco/occupation/f1c5e0aa-0000-4000-8000-000000000003,schoonmaker,essential,skill,"
                + "http://data.europa.eu/esco/skill/onbekend-0000,onbekend\n";
        mvc.perform(multipart("/beheer/esco").file(file("beroepen", "occupations_nl.csv")).file(file("vaardigheden", "skills_nl.csv"))
                        .file(text("relaties", relations)).param("versie", "ESCO fout").with(user("beheer.igsd")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Er is niets opgeslagen")))
                .andExpect(content().string(containsString("<td class=\"utrecht-table__cell\">6</td>")))
                .andExpect(content().string(containsString("Onbekende vaardigheid")));
        assertThat(stored()).isZero();
        assertThat(occupations.size()).isEqualTo(3007);

        mvc.perform(multipart("/api/v1/esco/importen").file(file("beroepen", "occupations_nl.csv"))
                        .file(text("vaardigheden", "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels\n"
                                + "KnowledgeSkillCompetence,,skill,,lassen,\n")).param("versie", "ESCO fout").header("Authorization", ADMIN_TOKEN))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.invalidParams[0].name").value("vaardigheden[2].conceptUri"));
        mvc.perform(multipart("/api/v1/esco/importen").file(text("beroepen", "naam,omschrijving\nkok,kookt\n"))
                        .param("versie", "ESCO fout").header("Authorization", ADMIN_TOKEN))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("beroepen[1].conceptType"));
        assertThat(stored()).isZero();
    }

    @Test
    void anOversizedFileIsRefusedWithAClearMessage() throws Exception {
        byte[] large = new byte[300 * 1024];
        java.util.Arrays.fill(large, (byte) 'a');
        mvc.perform(multipart("/api/v1/esco/importen").file(new MockMultipartFile("beroepen", "groot.csv", "text/csv", large))
                        .param("versie", "ESCO groot").header("Authorization", ADMIN_TOKEN))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].reason").value(containsString("te groot")));
        mvc.perform(multipart("/beheer/esco").file(new MockMultipartFile("beroepen", "groot.csv", "text/csv", large))
                        .param("versie", "ESCO groot").with(user("beheer.igsd")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Het bestand is te groot")));
        assertThat(stored()).isZero();
    }

    @Test
    void onlyAdministratorsImport() throws Exception {
        mvc.perform(multipart("/api/v1/esco/importen").file(file("beroepen", "occupations_nl.csv")).param("versie", "x")
                .header("Authorization", "Bearer demo-token-consulent.steenwijkerland")).andExpect(status().isForbidden());
        assertThat(stored()).isZero();
    }
}
