package nl.opstap.access;

import static org.hamcrest.Matchers.containsString;
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

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.Municipality;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.web.FormErrors;
import nl.opstap.shared.web.Formats;
import nl.opstap.shared.web.PageLinks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The user administration screens alone. */
@WebMvcTest(UserAdminController.class)
@Import({FormErrors.class, Formats.class, PageLinks.class, UserAdminControllerTest.FixedClock.class})
@WithMockUser
class UserAdminControllerTest {

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
        }
    }

    static final MunicipalityCode GM1708 = new MunicipalityCode("GM1708");

    @Autowired MockMvc mvc;
    @MockitoBean AccessGuard guard;
    @MockitoBean UserAdministration administration;
    @MockitoBean Municipalities municipalities;

    @BeforeEach
    void setUp() {
        CurrentUser admin = new CurrentUser(UserId.random(), "admin", "Beheer", Map.of(Role.ADMIN, Set.of(GM1708)), null, false);
        when(guard.require(Permission.USER_ADMIN))
                .thenReturn(new Access(admin, Permission.USER_ADMIN, Scope.of(Set.of(GM1708)), Channel.WEB));
        when(municipalities.of(any())).thenReturn(List.of(
                new Municipality(GM1708, "Steenwijkerland", OrganisationId.random(), "IGSD")));
    }

    @Test
    void theNewUserFormShowsARoleGridForTheAdministratorsMunicipalities() throws Exception {
        mvc.perform(get("/beheer/gebruikers/nieuw")).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"CASEWORKER@GM1708\"")))
                .andExpect(content().string(containsString("Klantmanager in Steenwijkerland")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("JOB_SEEKER@"))));
    }

    @Test
    void refusesBadInputNextToTheFieldsAndAnswersTakenNamesFromTheRule() throws Exception {
        mvc.perform(post("/beheer/gebruikers").with(csrf()).param("username", "x").param("displayName", "")
                        .param("email", "geen-adres"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Een gebruikersnaam heeft 3 tot 100 tekens")))
                .andExpect(content().string(containsString("Vul de naam in.")))
                .andExpect(content().string(containsString("Vul een geldig e-mailadres in")));
        verify(administration, never()).create(any(), any());

        when(administration.create(any(), any())).thenThrow(
                RuleViolation.conflict(UserForm.class, "username", "taken", "Deze gebruikersnaam bestaat al."));
        mvc.perform(post("/beheer/gebruikers").with(csrf()).param("username", "jan.jansen").param("displayName", "Jan")
                        .param("temporaryPassword", "fiets-regen-koffie-tulp"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Deze gebruikersnaam bestaat al.")));
    }

    @Test
    void aCreatedUserOpensForEditingAndNonAdministratorsAreRefused() throws Exception {
        UserId id = UserId.random();
        when(administration.create(any(), any())).thenReturn(id);
        mvc.perform(post("/beheer/gebruikers").with(csrf()).param("username", "jan.jansen").param("displayName", "Jan")
                        .param("temporaryPassword", "fiets-regen-koffie-tulp").param("grants", "CASEWORKER@GM1708"))
                .andExpect(redirectedUrl("/beheer/gebruikers/" + id));

        when(guard.require(eq(Permission.USER_ADMIN))).thenThrow(new AccessDeniedException("no"));
        mvc.perform(get("/beheer/gebruikers")).andExpect(status().isForbidden());
    }
}
