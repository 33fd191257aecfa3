package nl.opstap.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDetails;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.Gender;
import nl.opstap.client.NewClient;
import nl.opstap.employer.EmployerForm;
import nl.opstap.employer.Employers;
import nl.opstap.employer.SbiSection;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.taxonomy.Occupations;
import nl.opstap.taxonomy.Sectors;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.TestBsns;
import nl.opstap.vacancy.ImportedVacancy;
import nl.opstap.vacancy.Vacancies;
import nl.opstap.vacancy.VacancyForm;
import nl.opstap.vacancy.VacancyId;
import nl.opstap.vacancy.VacancyStatus;
import org.springframework.context.ApplicationContext;

/** Synthetic clients with a chosen gender and date of birth, their consent, and an open vacancy, for the fairness and weights tests. */
final class FairnessFixtures {

    private final ApplicationContext context;
    private final UserAccounts accounts;
    private final ClientDirectory clients;

    FairnessFixtures(ApplicationContext context) {
        this.context = context;
        this.accounts = context.getBean(UserAccounts.class);
        this.clients = context.getBean(ClientDirectory.class);
    }

    ClientId client(String municipality, Gender gender, LocalDate born, String lastName) {
        ClientDetails details = new ClientDetails(municipality, TestBsns.next(), "Eerlijk", null, lastName, born, gender,
                "Kerkstraat", 12, null, municipality.equals(Fixtures.STADSKANAAL) ? "9501AB" : "8331AB", "Plaats", null, null, null, null, null);
        return clients.register(new Fixtures(accounts, clients).caseworkerAccess(municipality), new NewClient(details, null, null));
    }

    void consent(String municipality, ClientId client, LocalDate on, boolean matching) {
        context.getBean(MatchingConsents.class).importAll(new Fixtures(accounts, clients).caseworkerAccess(municipality),
                List.of(new MatchingConsents.ConsentImport(client, matching, false, on, List.of())));
    }

    /** An open vacancy (cook, 20 to 32 hours) of a new employer in the municipality. */
    VacancyId vacancy(String municipality, String title) {
        String manager = municipality.equals(Fixtures.STADSKANAAL) ? "accountmanager.tdc" : "accountmanager.igsd";
        Access access = accounts.accessFor(accounts.idOf(manager), Permission.EMPLOYER_WRITE, Channel.BATCH);
        String kvk = String.valueOf(10_000_000 + (int) (Math.random() * 89_999_999));
        String postcode = municipality.equals(Fixtures.STADSKANAAL) ? "9501AB" : "8331AB";
        UUID employer = context.getBean(Employers.class).importEmployers(access, List.of(new EmployerForm(kvk, "Eerlijk " + kvk,
                SbiSection.C, "Markt", "1", postcode, "Plaats", municipality, 30, false, false, null, null))).getFirst().id().value();
        String sector = context.getBean(Sectors.class).forMunicipality(new MunicipalityCode(municipality)).getFirst().code();
        String occupation = context.getBean(Occupations.class).search("kok", 1).getFirst().uri();
        VacancyForm form = new VacancyForm(employer, title, occupation, sector, postcode, 20, 32, null, null, null, List.of(), List.of(),
                List.of(), List.of(), false, null, false, 1);
        return context.getBean(Vacancies.class).importVacancies(access, List.of(new ImportedVacancy(form, LocalDate.now(),
                VacancyStatus.OPEN))).getFirst();
    }
}
