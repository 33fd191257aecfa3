package nl.opstap.retention;

import static nl.opstap.testsupport.Fixtures.STADSKANAAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opstap.access.UserAccounts;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.BenefitChange;
import nl.opstap.client.BenefitStatus;
import nl.opstap.client.ClientDetails;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.FileState;
import nl.opstap.client.FileStates;
import nl.opstap.client.NewClient;
import nl.opstap.shared.domain.Paging;
import nl.opstap.shared.jobs.OnceAcrossInstances;
import nl.opstap.retention.RetentionFixtures.Person;
import nl.opstap.testsupport.OpstapIntegrationTest;
import nl.opstap.testsupport.TestBsns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The retention job anonymises a file whose period ran out: nothing of the person remains in any text column, the BSN
 * no longer finds it, and every steering report gives the same figures before and after.
 */
@OpstapIntegrationTest
class RetentionIT {

    static final String ANALYST = "Bearer demo-token-analist.tdc";
    static final LocalDate BENEFIT_TO = LocalDate.of(2015, 9, 1);

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory directory;
    @Autowired FileStates files;
    @Autowired Anonymiser anonymiser;
    @Autowired Erasures erasures;
    @Autowired ProcessingLog log;
    @Autowired OnceAcrossInstances once;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired nl.opstap.employer.ContactPersonRetention contactPersons;

    @Test
    void theJobAnonymisesAnExpiredFileAndTheReportsStayTheSame() throws Exception {
        RetentionFixtures fixtures = fixtures();
        Map<String, String> without = reports();
        Person person = fixtures.file(BENEFIT_TO);
        Person recent = fixtures.file(LocalDate.now(clock).minusYears(1));
        assertThat(files.closedOnOrBefore(LocalDate.now(clock).minusYears(10))).extracting(FileState::id)
                .contains(person.id()).doesNotContain(recent.id());

        Map<String, String> before = reports();
        assertThat(before).as("the 2015 reports count these files").isNotEqualTo(without);
        Erasures.Run run = jobOver(Set.of(person.id(), recent.id())).run();
        assertThat(run.filesAnonymised()).isEqualTo(1);
        assertThat(reports()).isEqualTo(before);

        assertNothingLeftOf(fixtures, person);
        assertThat(fixtures.textColumnsContaining(recent.lastName())).isNotEmpty();
        assertThat(files.closedOnOrBefore(LocalDate.now(clock))).extracting(FileState::id).doesNotContain(person.id());
        assertThat(jdbc.sql("SELECT ground FROM retention_erasure WHERE client_id = ?").param(person.id().value()).query(String.class).single())
                .isEqualTo("RETENTION_EXPIRED");
        assertThat(log.historyOf(person.id().value(), new Paging(1, 5)).content().getFirst())
                .satisfies(e -> {
                    assertThat(e.activity()).isEqualTo(ProcessingActivity.RETENTION.id());
                    assertThat(e.username()).isEqualTo("systeem");
                    assertThat(e.channel()).isEqualTo("BATCH");
                });
        mvc.perform(get("/werkzoekenden/" + person.id()).with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user("consulent.stadskanaal"))).andExpect(status().isOk());
        assertThat(jobOver(Set.of(person.id())).run().filesAnonymised()).isZero();
    }

    /** The real job over the real candidates, limited to this test's files so the demo data stay as they are. */
    RetentionJob jobOver(Set<ClientId> mine) {
        FileStates only = mock(FileStates.class);
        when(only.closedOnOrBefore(any())).thenAnswer(call -> files.closedOnOrBefore(call.getArgument(0)).stream()
                .filter(f -> mine.contains(f.id())).toList());
        return new RetentionJob(only, anonymiser, log, erasures, new RetentionSettings(null, java.time.Period.ofYears(100), java.time.Period.ofYears(100), null), once, clock, contactPersons);
    }

    RetentionFixtures fixtures() {
        return new RetentionFixtures(mvc, accounts, directory, jdbc);
    }

    /** No text column of any table holds the names or the BSN, and the BSN no longer finds the file. */
    static void assertNothingLeftOf(RetentionFixtures fixtures, Person person) throws Exception {
        assertThat(fixtures.textColumnsContaining(person.lastName())).isEmpty();
        assertThat(fixtures.textColumnsContaining(person.firstNames())).isEmpty();
        assertThat(fixtures.textColumnsContaining(person.bsn())).isEmpty();
        fixtures.mvc().perform(RetentionFixtures.json(post("/api/v1/werkzoekenden/_zoek"), RetentionFixtures.CASEWORKER)
                        .content("{\"bsn\": \"" + person.bsn() + "\"}"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.werkzoekenden.length()").value(0));
    }

    /** Every steering report of the TDC over the file's time, as the API answers it. */
    Map<String, String> reports() throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("tabel-1", report(get("/api/v1/rapportages/tabel-1").param("peildatum", "2015-06-30")));
        out.put("tabel-2", report(get("/api/v1/rapportages/tabel-2").param("peildatum", "2015-06-30")));
        for (String key : List.of("tabellen", "doelgroepen", "monitoring", "caseload", "doelen", "verloop", "formatie")) {
            out.put(key, report(get("/api/v1/rapportages/" + key).param("peildatum", "2015-12-31").param("van", "2015-01-01")
                    .param("tot", "2015-12-31")));
        }
        return out;
    }

    String report(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", ANALYST))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
