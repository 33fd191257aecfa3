package nl.opstap.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.employer.Employers;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.taxonomy.Competence;
import nl.opstap.taxonomy.Occupations;
import nl.opstap.taxonomy.Sectors;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import nl.opstap.vacancy.ImportedVacancy;
import nl.opstap.vacancy.Vacancies;
import nl.opstap.vacancy.VacancyForm;
import nl.opstap.vacancy.VacancyId;
import nl.opstap.vacancy.VacancyStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import nl.opstap.workshop.WorkshopForm;
import nl.opstap.workshop.WorkshopId;
import nl.opstap.workshop.Workshops;

/** Filling workshop seats in bulk: the optimum over free seats, nobody twice, put forward all or nothing. */
@OpstapIntegrationTest
class WorkshopAssignmentIT {

    static final String POSTCODE = "5611AB";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @Autowired Employers employers;
    @Autowired Sectors sectors;
    @Autowired MatchingConsents consents;
    @Autowired MatchingIndex index;
    @Autowired Workshops workshops;
    @Autowired nl.opstap.diagnosis.Diagnoses diagnoses;

    private final RequestPostProcessor manager = user("accountmanager.igsd");

    private ClientId client(Fixtures fixtures, String first, String last) {
        return client(fixtures, first, last, true);
    }

    private ClientId client(Fixtures fixtures, String first, String last, boolean share) {
        ClientId id = fixtures.client(Fixtures.STEENWIJKERLAND, first, last);
        consents.importAll(fixtures.caseworkerAccess(Fixtures.STEENWIJKERLAND),
                List.of(new MatchingConsents.ConsentImport(id, true, share, LocalDate.now().minusDays(3), List.of())));
        jdbc.sql("UPDATE client SET postcode = ? WHERE id = ?").param(POSTCODE).param(id.value()).update();
        diagnoses.record(fixtures.caseworkerAccess(Fixtures.STEENWIJKERLAND), new nl.opstap.diagnosis.FactRecord.TestFact(id,
                nl.opstap.diagnosis.TestType.PRACTICAL_ASSESSMENT, "TDC", LocalDate.now().minusDays(10), "Geschikt",
                nl.opstap.diagnosis.AssessmentCategory.CATEGORY_1, null));
        index.refresh(id);
        return id;
    }

    private WorkshopId workshop(int seats) {
        Access access = accounts.accessFor(accounts.idOf("accountmanager.igsd"), Permission.EMPLOYER_WRITE, Channel.BATCH);
        String kvk = String.valueOf(10_000_000 + (int) (Math.random() * 89_999_999));
        UUID partner = employers.importEmployers(access, List.of(new nl.opstap.employer.EmployerForm(kvk, "Werkplaatspartner " + kvk,
                nl.opstap.employer.SbiSection.C, "Markt", "1", POSTCODE, "Eindhoven", Fixtures.STEENWIJKERLAND, 30, false, false, null,
                null))).getFirst().id().value();
        String sector = sectors.forMunicipality(new MunicipalityCode(Fixtures.STEENWIJKERLAND)).getFirst().code();
        return workshops.create(access, new WorkshopForm(Fixtures.STEENWIJKERLAND, "Werkplaats " + kvk, sector, partner, seats,
                LocalDate.now().minusDays(5), null));
    }

    private long candidates(WorkshopId w) {
        return jdbc.sql("SELECT COUNT(*) FROM workshop_candidate WHERE workshop_id = ?").param(w.value()).query(Long.class).single();
    }

    @Test
    void freeSeatsAreFilledOptimallyAndPutForwardAllOrNothing() throws Exception {
        Fixtures fixtures = new Fixtures(accounts, clients);
        String last = Fixtures.unique("Stoel");
        ClientId a = client(fixtures, "Ans", last);
        ClientId b = client(fixtures, "Bas", last);
        ClientId c = client(fixtures, "Cor", last);
        ClientId unassessed = fixtures.client(Fixtures.STEENWIJKERLAND, "Dop", last);
        consents.importAll(fixtures.caseworkerAccess(Fixtures.STEENWIJKERLAND),
                List.of(new MatchingConsents.ConsentImport(unassessed, true, true, LocalDate.now().minusDays(3), List.of())));
        jdbc.sql("UPDATE client SET postcode = ? WHERE id = ?").param(POSTCODE).param(unassessed.value()).update();
        index.refresh(unassessed);
        WorkshopId w = workshop(2);
        mvc.perform(post("/api/v1/matching/toewijzingen/werkplaatsen").with(manager).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"werkplaatsIds\": [\"" + w.value() + "\"]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.toewijzingen", hasSize(2)))
                .andExpect(jsonPath("$.vacatures[0].plaatsen").value(2)).andExpect(jsonPath("$.vacatures[0].kandidaten").value(3));
        mvc.perform(post("/matching/toewijzing/werkplaatsen").with(manager).with(csrf()).param("vacatureId", w.value().toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Voorstel voor de werkplaatsen")));
        String keep = w.value() + ":";
        mvc.perform(post("/matching/toewijzing/werkplaatsen/voorstellen").with(manager).with(csrf()).param("vacatureId", w.value().toString())
                        .param("keuze", keep + a.value(), keep + b.value(), keep + c.value()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("3 werkzoekenden aangevinkt en er zijn 2 vrije plaatsen")));
        assertThat(candidates(w)).isZero();
        mvc.perform(post("/matching/toewijzing/werkplaatsen/voorstellen").with(manager).with(csrf()).param("vacatureId", w.value().toString())
                        .param("keuze", keep + a.value(), keep + b.value()))
                .andExpect(status().is3xxRedirection());
        assertThat(candidates(w)).isEqualTo(2);
        mvc.perform(post("/api/v1/matching/toewijzingen/werkplaatsen").with(manager).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"werkplaatsIds\": []}"))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        ClientId silent = client(fixtures, "Eef", last, false);
        mvc.perform(post("/werkplaatsen/" + w.value() + "/passende-kandidaten/voordragen").with(manager).with(csrf())
                .param("werkzoekendeId", silent.value().toString())).andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("refusal",
                        containsString("geen toestemming")));
        assertThat(candidates(w)).isEqualTo(2);
        mvc.perform(post("/matching/toewijzing/werkplaatsen/voorstellen").with(user("consulent.steenwijkerland")).with(csrf())
                .param("keuze", keep + c.value())).andExpect(status().isForbidden());
    }
}
