package nl.opstap.client;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import nl.opstap.shared.domain.StaleVersionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The API controller alone: status codes, headers and problem answers. (The slice runs Spring
 * Security's default chain, hence csrf() on changes; the real API chain takes bearer tokens.)
 */
@WebMvcTest(ClientApiController.class)
@WithMockUser
class ClientApiControllerTest {

    static final MunicipalityCode GM1708 = new MunicipalityCode("GM1708");
    static final ClientId ID = new ClientId(UUID.fromString("11111111-2222-3333-4444-555555555555"));

    @Autowired MockMvc mvc;
    @MockitoBean AccessGuard guard;
    @MockitoBean ClientService service;
    @MockitoBean ClientLookup lookup;
    @MockitoBean ClientViews views;
    @MockitoBean ClientForms forms;

    Access access;
    Client client;

    @BeforeEach
    void setUp() {
        CurrentUser user = new CurrentUser(UserId.random(), "c", "C", Map.of(Role.CASEWORKER, Set.of(GM1708)), null, false);
        access = new Access(user, Permission.CLIENT_READ, Scope.of(Set.of(GM1708)), Channel.API);
        when(guard.require(any())).thenReturn(access);
        ClientDetails details = new ClientDetails("GM1708", "123456782", "Fenna", null, "Visser", LocalDate.of(1990, 1, 1),
                null, null, null, null, "8331AB", null, null, null, null, null, null);
        client = new Client(ID, details, null, null, List.of(), List.of(), 4, Instant.EPOCH);
        when(views.of(any(), any())).thenReturn(new ClientView(ID, 4, "Steenwijkerland", details, "123456782", "•••••6782",
                36, null, null, List.of(), null, List.of(), null, Instant.EPOCH));
    }

    @Test
    void answersAClientWithItsVersionAsETagAndTheApiVersion() throws Exception {
        when(service.read(any(), eq(ID))).thenReturn(client);
        mvc.perform(get("/api/v1/werkzoekenden/" + ID))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"4\""))
                .andExpect(header().string("API-Version", "1.0.0"))
                .andExpect(jsonPath("$.achternaam").value("Visser"))
                .andExpect(jsonPath("$.gemeenteCode").value("GM1708"))
                .andExpect(jsonPath("$._links.self.href").value("/api/v1/werkzoekenden/" + ID));
    }

    @Test
    void aMalformedOrUnknownIdIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/werkzoekenden/geen-uuid")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        when(service.read(any(), eq(ID))).thenThrow(new NotFoundException("Werkzoekende"));
        mvc.perform(get("/api/v1/werkzoekenden/" + ID)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Niet gevonden"));
    }

    @Test
    void aChangeNeedsTheVersionItIsBasedOn() throws Exception {
        String body = """
                {"bsn": "123456782", "voornamen": "Fenna", "achternaam": "Visser", "geboortedatum": "1990-01-01",
                 "postcode": "8331AB", "gemeenteCode": "GM1708"}""";
        mvc.perform(put("/api/v1/werkzoekenden/" + ID).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isPreconditionRequired());
        when(service.update(any(), eq(ID), any(), anyInt())).thenThrow(new StaleVersionException("Deze werkzoekende", 5));
        mvc.perform(put("/api/v1/werkzoekenden/" + ID).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body)
                        .header("If-Match", "\"4\""))
                .andExpect(status().isPreconditionFailed()).andExpect(jsonPath("$.actueleVersie").value(5));
    }

    @Test
    void refusalAndFailureAnswerInDutchWithoutInternals() throws Exception {
        when(guard.require(any())).thenThrow(new AccessDeniedException("no"));
        mvc.perform(get("/api/v1/werkzoekenden/" + ID)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Geen toegang"));

        org.mockito.Mockito.doReturn(access).when(guard).require(any());
        when(service.read(any(), eq(ID))).thenThrow(new IllegalStateException("SELECT * FROM client -- secret"));
        mvc.perform(get("/api/v1/werkzoekenden/" + ID)).andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.title").value("Er ging iets mis"))
                .andExpect(jsonPath("$.referentie").exists())
                .andExpect(content().string(not(containsString("SELECT"))));
    }
}
