package nl.opstap.testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signing in as a browser does, and the forged requests a hostile page could make with the session cookie. */
public final class Sessions {

    public static final String COOKIE = "OPSTAP_SESSIE";

    private Sessions() {}

    /** The session cookie after a real sign-in with the demo password. */
    public static Cookie signIn(MockMvc mvc, String username) throws Exception {
        Cookie cookie = mvc.perform(formLogin("/inloggen").userParameter("gebruikersnaam").passwordParam("wachtwoord")
                .user(username).password(Fixtures.PASSWORD)).andReturn().getResponse().getCookie(COOKIE);
        if (cookie == null) {
            throw new IllegalStateException("sign-in failed for " + username);
        }
        return cookie;
    }

    /** A real sign-in of an account enrolled with the demo TOTP secret: the password, then the code. */
    public static Cookie signInWithDemoCode(MockMvc mvc, String username) throws Exception {
        Cookie session = signIn(mvc, username);
        var answer = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/inloggen/code").cookie(session)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("code", TotpCodes.nextDemo(username))).andReturn().getResponse();
        if (answer.getRedirectedUrl() == null) {
            throw new IllegalStateException("second factor refused for " + username);
        }
        Cookie renewed = answer.getCookie(COOKIE);
        return renewed == null ? session : renewed;
    }

    /** Takes away the CSRF token an example carries, as a cross-site form post would lack it. */
    public static RequestPostProcessor withoutCsrfToken() {
        return request -> {
            request.removeParameter("_csrf");
            request.removeHeader("X-CSRF-TOKEN");
            return request;
        };
    }

    /** Replaces the CSRF token by a guess. */
    public static RequestPostProcessor wrongCsrfToken() {
        return request -> {
            request.removeHeader("X-CSRF-TOKEN");
            request.setParameter("_csrf", "c0ffee00-dead-beef-0000-000000000000");
            return request;
        };
    }
}
