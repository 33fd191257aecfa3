package nl.opstap.demo;

import nl.opstap.access.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * ADMIN accounts must sign in with a TOTP code. The demo administrators share one documented secret (README), set
 * on every start when they have none (also in a demo database made before the second factor existed, or after a
 * reset). Demo profile only.
 */
@Component
@Profile("demo")
@Order(1)
class DemoSecondFactors implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSecondFactors.class);

    private final UserAccounts accounts;

    DemoSecondFactors(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoAccounts.staff().stream().filter(DemoAccounts::isAdministrator).map(DemoAccounts.Spec::username)
                .filter(accounts::exists)
                .filter(username -> accounts.enrolSecondFactor(accounts.idOf(username), DemoAccounts.TOTP_SECRET))
                .forEach(username -> log.info("Demo account {} uses the demo TOTP secret (README)", username));
    }
}
