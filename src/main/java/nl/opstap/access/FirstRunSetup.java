package nl.opstap.access;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.OrganisationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the very first start of an installation (no accounts yet) creates the service organisation,
 * its municipalities and a first administrator from OPSTAP_SETUP_* settings (see README). The
 * administrator must replace the password at the first sign-in. Does nothing once accounts exist.
 */
@Component
@Order(10)
class FirstRunSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstRunSetup.class);

    private final UserAccounts accounts;
    private final Municipalities municipalities;
    private final String organisation;
    private final String municipalityList;
    private final String adminUsername;
    private final String adminPassword;

    FirstRunSetup(UserAccounts accounts, Municipalities municipalities,
                  @Value("${opstap.setup.organisation:}") String organisation,
                  @Value("${opstap.setup.municipalities:}") String municipalityList,
                  @Value("${opstap.setup.admin-username:}") String adminUsername,
                  @Value("${opstap.setup.admin-password:}") String adminPassword) {
        this.accounts = accounts;
        this.municipalities = municipalities;
        this.organisation = organisation;
        this.municipalityList = municipalityList;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        if (organisation.isBlank() || municipalityList.isBlank() || adminUsername.isBlank() || adminPassword.isBlank()) {
            log.warn("No accounts exist yet. Set OPSTAP_SETUP_ORGANISATION, OPSTAP_SETUP_MUNICIPALITIES, "
                    + "OPSTAP_SETUP_ADMIN_USERNAME and OPSTAP_SETUP_ADMIN_PASSWORD to create the first administrator.");
            return;
        }
        PasswordPolicy.problemWith(adminPassword, adminUsername).ifPresent(problem -> {
            throw new IllegalStateException("OPSTAP_SETUP_ADMIN_PASSWORD is not acceptable: " + problem);
        });
        Map<MunicipalityCode, String> parsed = parse(municipalityList);
        OrganisationId id = municipalities.ensureOrganisation(organisation.strip());
        parsed.forEach((code, name) -> municipalities.ensureMunicipality(code, name, id));
        accounts.create(new NewAccount(adminUsername, "Functioneel beheerder", null, accounts.hashPassword(adminPassword),
                true, Map.of(Role.ADMIN, Set.copyOf(parsed.keySet())), null, false));
        log.info("First run: organisation '{}' with {} municipalities and administrator '{}' created",
                organisation, parsed.size(), adminUsername);
    }

    /** "GM1708=Steenwijkerland;GM1701=Westerveld". */
    static Map<MunicipalityCode, String> parse(String list) {
        Map<MunicipalityCode, String> result = new LinkedHashMap<>();
        for (String entry : list.split(";")) {
            String[] parts = entry.split("=", 2);
            if (parts.length != 2 || !MunicipalityCode.isValid(parts[0].strip()) || parts[1].isBlank()) {
                throw new IllegalStateException("OPSTAP_SETUP_MUNICIPALITIES must look like GM1708=Steenwijkerland;GM1701=Westerveld");
            }
            result.put(new MunicipalityCode(parts[0].strip()), parts[1].strip());
        }
        return result;
    }
}
