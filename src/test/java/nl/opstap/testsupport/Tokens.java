package nl.opstap.testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.web.servlet.MockMvc;

/** Creates a personal access token the way a user does: on the account page, which shows it once. */
public final class Tokens {

    public static final Pattern TOKEN = Pattern.compile("opstap_[A-Za-z0-9_-]{40}");

    private Tokens() {}

    /** The token shown after submitting the form, or empty when the form refused the input. */
    public static Optional<String> create(MockMvc mvc, String username, String name, String validityDays) throws Exception {
        String page = mvc.perform(post("/mijn-account/tokens").with(user(username)).with(csrf())
                .param("name", name).param("validityDays", validityDays)).andReturn().getResponse().getContentAsString();
        Matcher found = TOKEN.matcher(page);
        return found.find() ? Optional.of(found.group()) : Optional.empty();
    }
}
