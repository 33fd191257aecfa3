package nl.opstap.testsupport;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.opstap.employer.Employers;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Signed-in users of Stadskanaal, the municipality the endpoint examples aim at, who may use the endpoints there:
 * one with every staff role (Stadskanaal and Veendam), the job seeker of the target client and an employer.
 */
public final class Victims {

    private Victims() {}

    /**
     * A fresh client of Stadskanaal and a throwaway caseworker there (so no one's demo account is blocked or reset by
     * an allowed request), with every module's examples prepared for them.
     */
    public static ForeignTarget target(Fixtures fixtures, EndpointCatalogue catalogue, ApplicationContext context, String prefix) {
        ForeignTarget client = fixtures.foreignTarget();
        var colleague = fixtures.user(Fixtures.unique(prefix + ".collega"), nl.opstap.access.Role.CASEWORKER, Fixtures.STADSKANAAL);
        ForeignTarget target = new ForeignTarget(client.client(), client.bsn(), client.lastName(), colleague);
        catalogue.modules().forEach(module -> module.prepare(context, target));
        return target;
    }

    /** Username → session cookie, staff first. */
    public static Map<String, Cookie> signedIn(MockMvc mvc, Fixtures fixtures, ApplicationContext context, ForeignTarget target,
                                               String staff) throws Exception {
        Map<String, Cookie> victims = new LinkedHashMap<>();
        var staffId = fixtures.staff(staff, Fixtures.STADSKANAAL, Fixtures.VEENDAM);
        context.getBean(nl.opstap.access.UserAccounts.class).enrolSecondFactor(staffId, TotpCodes.DEMO_SECRET); // ADMIN needs it
        victims.put(staff, Sessions.signInWithDemoCode(mvc, staff));
        String jobSeeker = context.getBean(JdbcClient.class).sql("SELECT username FROM app_user WHERE client_id = ?")
                .param(target.client().value()).query(String.class).optional()
                .orElseGet(() -> {
                    String name = Fixtures.unique(staff + ".werkzoekende");
                    fixtures.jobSeeker(name, target.client(), Fixtures.STADSKANAAL);
                    return name;
                });
        victims.put(jobSeeker, Sessions.signIn(mvc, jobSeeker));
        String employer = Fixtures.unique(staff + ".werkgever");
        fixtures.employerUser(employer, fixtures.employer(context.getBean(Employers.class), Fixtures.STADSKANAAL,
                "Proef Werkgever Kanaal BV").value(), Fixtures.STADSKANAAL);
        victims.put(employer, Sessions.signIn(mvc, employer));
        return victims;
    }
}
