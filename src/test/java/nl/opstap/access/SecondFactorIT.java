package nl.opstap.access;

import static nl.opstap.testsupport.Fixtures.PASSWORD;
import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opstap.client.ClientDirectory;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import nl.opstap.testsupport.TotpCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;

/** The second sign-in step: enforced for ADMIN, optional for other staff, with replay refusal, lock-out and reset. */
@OpstapIntegrationTest
class SecondFactorIT {

    /** Spring Security names the missing factor in the query (factor.type=totp). */
    private static final ResultMatcher TO_CODE = header().string("Location", org.hamcrest.Matchers.containsString("/inloggen/code"));
    private static final Pattern SECRET_ON_PAGE = Pattern.compile("id=\"geheim\">([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY_CODE = Pattern.compile("<code class=\"opstap-token\">([A-Z2-9]{5}-[A-Z2-9]{5})</code>");

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @Autowired JdbcClient jdbc;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(accounts, clients);
    }

    /** A fresh administrator of Steenwijkerland with an enrolled authenticator; answers its secret. */
    private String enrolledAdministrator(String username) {
        String secret = TotpSecret.random().base32();
        accounts.enrolSecondFactor(fixtures.user(username, Role.ADMIN, STEENWIJKERLAND), secret);
        return secret;
    }

    private Cookie signIn(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/inloggen").userParameter("gebruikersnaam").passwordParam("wachtwoord")
                .user(username).password(PASSWORD)).andExpect(redirectedUrl("/")).andReturn();
        return result.getResponse().getCookie("OPSTAP_SESSIE");
    }

    private MvcResult sendCode(Cookie session, String code) throws Exception {
        return mvc.perform(post("/inloggen/code").cookie(session).with(csrf()).param("code", code)).andReturn();
    }

    /** The session id changes when the factor is added; the new cookie carries the session on. */
    private static Cookie sessionAfter(MvcResult result, Cookie before) {
        Cookie renewed = result.getResponse().getCookie("OPSTAP_SESSIE");
        return renewed == null ? before : renewed;
    }

    @Test
    void anAdministratorReachesNothingBeforeTheRightCode() throws Exception {
        String username = Fixtures.unique("mfa.beheer");
        String secret = enrolledAdministrator(username);
        Cookie session = signIn(username);

        mvc.perform(get("/beheer/gebruikers").cookie(session)).andExpect(TO_CODE);
        mvc.perform(get("/mijn-account").cookie(session)).andExpect(TO_CODE);
        mvc.perform(get("/werkzoekenden").cookie(session)).andExpect(TO_CODE);
        mvc.perform(get("/inloggen/code").cookie(session)).andExpect(status().isOk());

        MvcResult wrong = sendCode(session, "000000".equals(TotpCodes.at(secret, TotpCodes.currentStep())) ? "111111" : "000000");
        assertThat(wrong.getResponse().getStatus()).isEqualTo(200);
        assertThat(wrong.getResponse().getContentAsString()).contains("Deze code klopt niet");

        String code = TotpCodes.next(username, secret);
        MvcResult right = sendCode(session, code);
        assertThat(right.getResponse().getRedirectedUrl()).endsWith("/werkzoekenden");
        session = sessionAfter(right, session);
        mvc.perform(get("/beheer/gebruikers").cookie(session)).andExpect(status().isOk());

        Cookie second = signIn(username);
        assertThat(sendCode(second, code).getResponse().getContentAsString()).as("the same code again").contains("Deze code klopt niet");
        mvc.perform(get("/beheer/gebruikers").cookie(second)).andExpect(TO_CODE);
    }

    @Test
    void wrongCodesCountTowardsTheLockOutAlsoAcrossSignIns() throws Exception {
        String username = Fixtures.unique("mfa.slot");
        String secret = enrolledAdministrator(username);
        Cookie session = signIn(username);
        for (int i = 0; i < 3; i++) {
            sendCode(session, "99999" + i);
        }
        // A right password again must not wipe the count of wrong codes.
        session = signIn(username);
        sendCode(session, "999990");
        MvcResult last = sendCode(session, "999991");

        assertThat(last.getResponse().getRedirectedUrl()).isEqualTo("/inloggen?geblokkeerd");
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/inloggen"));
        MvcResult again = mvc.perform(formLogin("/inloggen").userParameter("gebruikersnaam").passwordParam("wachtwoord")
                .user(username).password(PASSWORD)).andReturn();
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/inloggen?geblokkeerd");
        assertThat(secret).isNotBlank();
    }

    @Test
    void anAdministratorWithoutAFactorEnrolsBeforeAnythingElse() throws Exception {
        String username = Fixtures.unique("mfa.nieuw");
        fixtures.user(username, Role.ADMIN, STEENWIJKERLAND);
        Cookie session = signIn(username);

        mvc.perform(get("/").cookie(session)).andExpect(TO_CODE);
        mvc.perform(get("/inloggen/code").cookie(session)).andExpect(redirectedUrl("/inloggen/tweede-factor"));
        String page = mvc.perform(get("/inloggen/tweede-factor").cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data:image/svg+xml;base64,");
        Matcher shown = SECRET_ON_PAGE.matcher(page);
        assertThat(shown.find()).isTrue();
        assertThat(shown.group(1)).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
        String secret = shown.group(1).replace(" ", "");
        assertThat(jdbc.sql("SELECT secret FROM user_second_factor WHERE user_id = ?").param(accounts.idOf(username).value())
                .query(String.class).single()).as("stored encrypted").doesNotContain(secret);

        String reloaded = mvc.perform(get("/inloggen/tweede-factor").cookie(session)).andReturn().getResponse().getContentAsString();
        assertThat(reloaded).as("a reload shows the same secret").contains(shown.group(1));
        assertThat(mvc.perform(post("/inloggen/tweede-factor").cookie(session).with(csrf()).param("code", "12345"))
                .andReturn().getResponse().getContentAsString()).contains("Deze code klopt niet");

        MvcResult confirmed = mvc.perform(post("/inloggen/tweede-factor").cookie(session).with(csrf())
                .param("code", TotpCodes.next(username, secret))).andExpect(status().isOk()).andReturn();
        String codesPage = confirmed.getResponse().getContentAsString();
        assertThat(recoveryCodesOn(codesPage)).as("ten recovery codes, shown once").hasSize(10).doesNotHaveDuplicates();
        assertThat(codesPage).contains("Tweestapsverificatie staat nu aan").doesNotContain("href=\"/inloggen");
        mvc.perform(get("/beheer/gebruikers").cookie(sessionAfter(confirmed, session))).andExpect(status().isOk());

        Cookie next = signIn(username);
        mvc.perform(get("/inloggen/code").cookie(next)).andExpect(status().isOk());
        mvc.perform(get("/").cookie(sessionAfter(sendCode(next, TotpCodes.next(username, secret)), next))).andExpect(status().isOk());
    }

    @Test
    void anAdministratorResetsALostFactorAndTheUserEnrolsAgain() throws Exception {
        String username = Fixtures.unique("mfa.kwijt");
        enrolledAdministrator(username);
        UserId id = accounts.idOf(username);

        mvc.perform(post("/beheer/gebruikers/" + id + "/tweede-factor/herstellen").with(user("beheer.tdc")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(factors(id)).isOne();
        mvc.perform(post("/beheer/gebruikers/" + id + "/tweede-factor/herstellen").with(user("beheer.igsd")).with(csrf()))
                .andExpect(redirectedUrl("/beheer/gebruikers/" + id));
        assertThat(factors(id)).isZero();

        Cookie session = signIn(username);
        mvc.perform(get("/inloggen/code").cookie(session)).andExpect(redirectedUrl("/inloggen/tweede-factor"));
    }

    @Test
    void otherStaffMaySwitchTheFactorOnAndOffUnderMyAccount() throws Exception {
        String username = Fixtures.unique("mfa.consulent");
        fixtures.user(username, Role.CASEWORKER, STEENWIJKERLAND);
        Cookie session = signIn(username);
        mvc.perform(get("/werkzoekenden").cookie(session)).andExpect(status().isOk());

        String page = mvc.perform(get("/inloggen/tweede-factor").cookie(session)).andReturn().getResponse().getContentAsString();
        Matcher shown = SECRET_ON_PAGE.matcher(page);
        assertThat(shown.find()).isTrue();
        String secret = shown.group(1).replace(" ", "");
        MvcResult confirmed = mvc.perform(post("/inloggen/tweede-factor").cookie(session).with(csrf())
                .param("code", TotpCodes.next(username, secret))).andExpect(status().isOk()).andReturn();
        assertThat(confirmed.getResponse().getContentAsString()).contains("href=\"/mijn-account\"");
        assertThat(recoveryCodesOn(confirmed.getResponse().getContentAsString())).hasSize(10);
        mvc.perform(get("/werkzoekenden").cookie(sessionAfter(confirmed, session))).andExpect(status().isOk());

        Cookie next = signIn(username);
        mvc.perform(get("/werkzoekenden").cookie(next)).andExpect(TO_CODE);
        next = sessionAfter(sendCode(next, TotpCodes.next(username, secret)), next);
        mvc.perform(post("/mijn-account/tweede-factor/uitzetten").cookie(next).with(csrf())).andExpect(redirectedUrl("/mijn-account"));

        mvc.perform(get("/werkzoekenden").cookie(signIn(username))).andExpect(status().isOk());
    }

    @Test
    void aRecoveryCodeSignsInOnceAndNewCodesReplaceTheOldOnes() throws Exception {
        String username = Fixtures.unique("mfa.herstel");
        String secret = enrolledAdministrator(username);
        UserId id = accounts.idOf(username);
        Cookie session = signIn(username);
        session = sessionAfter(sendCode(session, TotpCodes.next(username, secret)), session);
        List<String> codes = recoveryCodesOn(mvc.perform(post("/mijn-account/herstelcodes").cookie(session).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(codes).hasSize(10);
        assertThat(jdbc.sql("SELECT code_hash FROM user_recovery_code WHERE user_id = ?").param(id.value()).query(String.class).list())
                .as("only keyed hashes are stored").hasSize(10).noneMatch(hash -> codes.stream().anyMatch(
                        code -> hash.contains(code.replace("-", "")) || hash.contains(code)));

        Cookie withoutPhone = signIn(username);
        String typed = " " + codes.get(3).toLowerCase().replace("-", " ") + " ";
        MvcResult accepted = sendCode(withoutPhone, typed);
        assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/");
        String account = mvc.perform(get("/mijn-account").cookie(sessionAfter(accepted, withoutPhone))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(account).contains("U heeft nog 9 ongebruikte herstelcodes.");

        Cookie again = signIn(username);
        assertThat(sendCode(again, codes.get(3)).getResponse().getContentAsString()).as("a code works once").contains("Deze code klopt niet");
        assertThat(jdbc.sql("SELECT failed_attempts FROM app_user WHERE id = ?").param(id.value()).query(Integer.class).single())
                .as("a used code counts as a wrong one").isOne();

        List<String> renewed = recoveryCodesOn(mvc.perform(post("/mijn-account/herstelcodes").cookie(sessionAfter(accepted, withoutPhone))
                .with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(renewed).hasSize(10).doesNotContainAnyElementsOf(codes);
        assertThat(sendCode(signIn(username), codes.get(5)).getResponse().getContentAsString()).as("old codes stop working")
                .contains("Deze code klopt niet");
        assertThat(sendCode(signIn(username), renewed.get(0)).getResponse().getRedirectedUrl()).isEqualTo("/");

        mvc.perform(post("/beheer/gebruikers/" + id + "/tweede-factor/herstellen").with(user("beheer.igsd")).with(csrf()));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_recovery_code WHERE user_id = ?").param(id.value()).query(Long.class).single())
                .as("a reset removes the codes with the factor").isZero();
    }

    private static List<String> recoveryCodesOn(String page) {
        List<String> codes = new java.util.ArrayList<>();
        Matcher found = RECOVERY_CODE.matcher(page);
        while (found.find()) {
            codes.add(found.group(1));
        }
        return codes;
    }

    @Test
    void anAdministratorCannotSwitchTheFactorOff() throws Exception {
        String username = Fixtures.unique("mfa.verplicht");
        enrolledAdministrator(username);
        mvc.perform(post("/mijn-account/tweede-factor/uitzetten").with(user(username)).with(csrf()))
                .andExpect(redirectedUrl("/mijn-account"));
        assertThat(factors(accounts.idOf(username))).isOne();
    }

    @Test
    void theDemoAdministratorsUseTheDocumentedSecretAndApiTokensNeedNoCode() throws Exception {
        Cookie session = signIn("beheer.tdc");
        mvc.perform(get("/beheer/gebruikers").cookie(session)).andExpect(TO_CODE);
        session = sessionAfter(sendCode(session, TotpCodes.nextDemo("beheer.tdc")), session);
        mvc.perform(get("/beheer/gebruikers").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/gemeenten").header("Authorization", "Bearer demo-token-beheer.tdc")).andExpect(status().isOk());
    }

    private long factors(UserId id) {
        return jdbc.sql("SELECT COUNT(*) FROM user_second_factor WHERE user_id = ? AND confirmed_at IS NOT NULL")
                .param(id.value()).query(Long.class).single();
    }
}
