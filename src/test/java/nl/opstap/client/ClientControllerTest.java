package nl.opstap.client;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Map;
import java.util.Set;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Channel;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.Permission;
import nl.opstap.access.Role;
import nl.opstap.access.Scope;
import nl.opstap.access.UserId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.web.FormErrors;
import nl.opstap.shared.web.Formats;
import nl.opstap.shared.web.PageLinks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The register's screens alone: forms refused field by field, Dutch error pages. */
@WebMvcTest(ClientController.class)
@Import({FormErrors.class, Formats.class, PageLinks.class})
@WithMockUser
class ClientControllerTest {

    @Autowired MockMvc mvc;
    @MockitoBean AccessGuard guard;
    @MockitoBean ClientService service;
    @MockitoBean ClientLookup lookup;
    @MockitoBean ClientViews views;
    @MockitoBean ClientForms forms;
    @MockitoBean ClientDirectory directory;
    @MockitoBean ClientFile file;

    @BeforeEach
    void setUp() {
        MunicipalityCode gm1708 = new MunicipalityCode("GM1708");
        CurrentUser user = new CurrentUser(UserId.random(), "c", "Consulent", Map.of(Role.CASEWORKER, Set.of(gm1708)), null, false);
        when(guard.require(any())).thenReturn(new Access(user, Permission.CLIENT_WRITE, Scope.of(Set.of(gm1708)), Channel.WEB));
    }

    @Test
    void refusesAnIncompleteRegistrationNextToEachFieldWithoutSaving() throws Exception {
        mvc.perform(post("/werkzoekenden").with(csrf())
                        .param("details.municipality", "GM1708").param("details.bsn", "123456789")
                        .param("details.firstNames", "").param("details.lastName", "Visser")
                        .param("details.dateOfBirth", "1990-01-01").param("details.postcode", "83"))
                .andExpect(status().isOk())
                .andExpect(view().name("client/new"))
                .andExpect(content().string(containsString("Er is een probleem")))
                .andExpect(content().string(containsString("Vul de voornamen in.")))
                .andExpect(content().string(containsString("voldoet niet aan de elfproef")))
                .andExpect(content().string(containsString("Vul een geldige postcode in")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        verify(service, never()).register(any(), any());
    }

    @Test
    void aFileOutsideScopeIsADutchNotFoundPage() throws Exception {
        ClientId id = ClientId.random();
        when(service.read(any(), eq(id))).thenThrow(new NotFoundException("Werkzoekende"));
        mvc.perform(get("/werkzoekenden/" + id)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("bestaat niet, of u heeft er geen toegang toe")));
        mvc.perform(get("/werkzoekenden/geen-id")).andExpect(status().isNotFound());
    }

    @Test
    void anUnexpectedFailureShowsAReferenceAndNoInternals() throws Exception {
        ClientId id = ClientId.random();
        when(service.read(any(), eq(id))).thenThrow(new IllegalStateException("org.h2.jdbc.JdbcSQLException: secret"));
        mvc.perform(get("/werkzoekenden/" + id)).andExpect(status().isInternalServerError())
                .andExpect(content().string(containsString("Er ging iets mis")))
                .andExpect(content().string(not(containsString("JdbcSQLException"))));
    }

    @Test
    void aBsnSearchNeverPutsTheNumberInTheUrl() throws Exception {
        ClientId id = ClientId.random();
        when(lookup.findByBsn(any(), eq("123456782"))).thenReturn(java.util.List.of(id));
        mvc.perform(post("/werkzoekenden/zoeken-op-bsn").with(csrf()).param("bsn", "123456782"))
                .andExpect(redirectedUrl("/werkzoekenden/" + id));
        mvc.perform(post("/werkzoekenden/zoeken-op-bsn").with(csrf()).param("bsn", "999999999"))
                .andExpect(redirectedUrl("/werkzoekenden"));
        mvc.perform(get("/werkzoekenden").param("naam", "123456782")).andExpect(redirectedUrl("/werkzoekenden"));
        verify(lookup, never()).search(any(), any(), any());
    }
}
