package nl.opstap.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.contract.client.ApiClient;
import nl.opstap.contract.client.api.DiagnoseApi;
import nl.opstap.contract.client.api.MatchingApi;
import nl.opstap.contract.client.api.ReferentielijstenApi;
import nl.opstap.contract.client.api.VacaturesApi;
import nl.opstap.contract.client.api.WerkgeversApi;
import nl.opstap.contract.client.api.WerkzoekendenApi;
import nl.opstap.contract.client.model.BenefitChange;
import nl.opstap.contract.client.model.BsnQuery;
import nl.opstap.contract.client.model.CaseworkerChange;
import nl.opstap.contract.client.model.ClientDetails;
import nl.opstap.contract.client.model.ClientResource;
import nl.opstap.contract.client.model.DiagnosisSnapshotResource;
import nl.opstap.contract.client.model.EmployerForm;
import nl.opstap.contract.client.model.EmployerResource;
import nl.opstap.contract.client.model.LadderChange;
import nl.opstap.contract.client.model.PerspectiveChange;
import nl.opstap.contract.client.model.Problem;
import nl.opstap.contract.client.model.Results;
import nl.opstap.contract.client.model.SectorChange;
import nl.opstap.contract.client.model.SituationChange;
import nl.opstap.contract.client.model.Summary;
import nl.opstap.contract.client.model.VacancyForm;
import nl.opstap.contract.client.model.VacancyResource;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import nl.opstap.testsupport.TestBsns;
import nl.opstap.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.client.RestClientResponseException;

/**
 * The main flows of the API through the client generated at build time from the committed OpenAPI document (see
 * {@link ApiContractIT}), over real HTTP: whatever the server does that the document does not say (an undeclared field,
 * status or media type) fails here.
 */
@OpstapIntegrationTest
class ApiFlowsIT {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory directory;

    private final List<ContractClient.Exchange> exchanges = ContractClient.recorder();
    private ApiClient caseworker;
    private ApiClient accountManager;
    private ApiClient analyst;

    @BeforeEach
    void clients() throws Exception {
        caseworker = client("consulent.steenwijkerland");
        accountManager = client("accountmanager.igsd");
        analyst = client("analist.igsd");
    }

    private ApiClient client(String username) throws Exception {
        String token = Tokens.create(mvc, username, Fixtures.unique("Contract"), "1").orElseThrow();
        return ContractClient.of(port, token, exchanges);
    }

    /** Every answer of the test had a status and media type the document declares for its operation. */
    @AfterEach
    void everyAnswerWasDeclared() throws Exception {
        DeclaredResponses declared = new DeclaredResponses();
        assertThat(exchanges).isNotEmpty();
        assertThat(exchanges.stream().map(declared::violation).flatMap(java.util.Optional::stream).distinct().toList()).isEmpty();
    }

    private static ClientDetails details(String bsn, String lastName) {
        return new ClientDetails().gemeenteCode(Fixtures.STEENWIJKERLAND).bsn(bsn).voornamen("Fenna").achternaam(lastName)
                .geboortedatum(LocalDate.of(1984, 5, 17)).postcode("8332 cd").woonplaats("Steenwijk");
    }

    @Test
    void registersSearchesReadsAndUpdatesAClientWithItsHistory() {
        WerkzoekendenApi clients = new WerkzoekendenApi(caseworker);
        String bsn = TestBsns.next();
        String lastName = Fixtures.unique("Contract");
        ResponseEntity<ClientResource> created = clients.clientRegisterWithHttpInfo(details(bsn, lastName));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        ClientResource client = created.getBody();
        UUID id = client.getId();
        assertThat(client.getPostcode()).isEqualTo("8332CD");
        assertThat(client.getBsn()).isEqualTo(bsn);

        assertThat(clients.clientList(lastName, null, null, null, null, "naam", 1, 10).getWerkzoekenden())
                .extracting(Summary::getId).containsExactly(id);
        assertThat(clients.clientFindByBsn(new BsnQuery().bsn(bsn)).getWerkzoekenden()).extracting(Summary::getId).containsExactly(id);

        ResponseEntity<ClientResource> read = clients.clientGetWithHttpInfo(id);
        assertThat(read.getHeaders().getETag()).isEqualTo("\"0\"");
        ResponseEntity<ClientResource> updated = clients.clientUpdateWithHttpInfo(id, read.getHeaders().getETag(),
                details(bsn, lastName + "s").huisnummer(12).telefoonnummer("0521 123456"));
        assertThat(updated.getHeaders().getETag()).isEqualTo("\"1\"");
        assertThat(updated.getBody().getAchternaam()).isEqualTo(lastName + "s");
        Problem stale = problem(412, () -> clients.clientUpdate(id, "\"0\"", details(bsn, "Overschreven")));
        assertThat(stale.getActueleVersie()).isEqualTo(1);

        ClientResource withBenefit = clients.clientHistoryChangeBenefit(id, new BenefitChange()
                .status(BenefitChange.StatusEnum.UITKERINGSGERECHTIGD).ingangsdatum(LocalDate.now()));
        assertThat(withBenefit.getUitkeringsstatus()).isEqualTo(ClientResource.UitkeringsstatusEnum.UITKERINGSGERECHTIGD);
        assertThat(clients.clientHistoryBenefitHistory(id).getFirst().getWaarde()).isEqualTo("uitkeringsgerechtigd");

        UUID colleague = accounts.idOf("consulent.steenwijkerland").value();
        ClientResource assigned = clients.clientHistoryAssignCaseworker(id, new CaseworkerChange().klantmanagerId(colleague));
        assertThat(assigned.getKlantmanager().getId()).isEqualTo(colleague);
        assertThat(clients.clientHistoryCaseworkerHistory(id)).isNotEmpty();
        assertThat(clients.clientGet(id).getAchternaam()).isEqualTo(lastName + "s");

        assertThat(new WerkzoekendenApi(analyst).clientHistoryProcessingLog(id, 1, 100).getVerwerkingen())
                .anySatisfy(entry -> assertThat(entry.getGebruiker()).isEqualTo("consulent.steenwijkerland"));
    }

    @Test
    void recordsDiagnosisFactsAndReadsThemBack() {
        UUID id = new WerkzoekendenApi(caseworker).clientRegister(details(TestBsns.next(), Fixtures.unique("Diagnose"))).getId();
        DiagnoseApi diagnosis = new DiagnoseApi(caseworker);
        LocalDate today = LocalDate.now();
        String sector = sector();
        diagnosis.diagnosisNewSituation(id, new SituationChange().situatie(SituationChange.SituatieEnum.TALENT_IN_KAART).ingangsdatum(today));
        diagnosis.diagnosisNewPerspective(id, new PerspectiveChange().perspectief(PerspectiveChange.PerspectiefEnum.WERK).ingangsdatum(today));
        diagnosis.diagnosisNewLadderStep(id, new LadderChange().trede(3).ingangsdatum(today));
        diagnosis.diagnosisNewSectors(id, new SectorChange().sectoren(List.of(sector)).ingangsdatum(today));

        assertThat(diagnosis.diagnosisSituations(id)).singleElement().satisfies(f -> assertThat(f.getWaarde()).isEqualTo("talent-in-kaart"));
        assertThat(diagnosis.diagnosisLadder(id)).singleElement().satisfies(f -> assertThat(f.getWaarde()).isEqualTo(3));
        DiagnosisSnapshotResource snapshot = diagnosis.diagnosisSnapshot(id, today);
        assertThat(snapshot.getPeildatum()).isEqualTo(today);
        assertThat(snapshot.getSituatie().getWaarde()).isEqualTo("talent-in-kaart");
        assertThat(snapshot.getPerspectief().getWaarde()).isEqualTo(Map.of("perspectief", "werk", "arbeidsvermogen", true));
        assertThat(snapshot.getArbeidsvermogen()).isTrue();
        assertThat(snapshot.getTrede().getWaarde()).isEqualTo(3);
        assertThat(snapshot.getSectoren().getWaarde()).isEqualTo(List.of(sector));
        assertThat(snapshot.getSectoren().getVanaf()).isEqualTo(today);
    }

    @Test
    void createsAnEmployerAndAVacancyAndFindsCandidates() {
        WerkgeversApi employers = new WerkgeversApi(accountManager);
        String kvk = String.valueOf(10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        EmployerResource employer = employers.employerCreate(new EmployerForm().kvkNummer(kvk).naam("Contracttest " + kvk)
                .sbiSectie(EmployerForm.SbiSectieEnum.N).straat("Markt").huisnummer("3").postcode("8331 ab").plaats("Steenwijk")
                .gemeente(Fixtures.STEENWIJKERLAND).aantalWerknemers(30));
        assertThat(employers.employerGet(employer.getId()).getKvkNummer()).isEqualTo(kvk);

        String occupation = new ReferentielijstenApi(accountManager).taxonomyOccupations("kok", 1).getFirst().getUri();
        VacaturesApi vacancies = new VacaturesApi(accountManager);
        VacancyResource vacancy = vacancies.vacancyCreate(new VacancyForm().werkgeverId(employer.getId()).titel("Kok in de keuken")
                .beroep(occupation).sector(sector()).postcode("8331AB").urenMin(24).urenMax(32).aantalPlaatsen(1));
        assertThat(vacancies.vacancyGet(vacancy.getId()).getWerkgeverId()).isEqualTo(employer.getId());

        Results candidates = new MatchingApi(caseworker).matchingCandidates(vacancy.getId(), 25, null, null, null, null, null, null, 10, null);
        assertThat(candidates.getFilters().getMaxAfstandKm()).isEqualTo(25);
        assertThat(candidates.getResultaten()).hasSizeLessThanOrEqualTo(10);
    }

    @Test
    void refusesBadInputUnknownIdsAndForeignClientsAsProblems() {
        WerkzoekendenApi clients = new WerkzoekendenApi(caseworker);
        Problem invalid = problem(400, () -> clients.clientRegister(details("123456789", "").voornamen("")));
        assertThat(invalid.getDetail()).contains("ongeldige gegevens");
        assertThat(invalid.getInvalidParams()).extracting("name").contains("bsn", "voornamen", "achternaam");
        assertThat(invalid.getInvalidParams()).allSatisfy(p -> assertThat(p.getReason()).doesNotContain("123456789"));

        assertThat(problem(404, () -> clients.clientGet(UUID.randomUUID())).getTitle()).isEqualTo("Niet gevonden");
        UUID foreign = new Fixtures(accounts, directory).client(Fixtures.STADSKANAAL, "Sten", Fixtures.unique("Buiten")).value();
        assertThat(problem(404, () -> clients.clientGet(foreign)).getDetail()).isNotBlank();
        problem(404, () -> new DiagnoseApi(caseworker).diagnosisSituations(foreign));
        problem(404, () -> new MatchingApi(caseworker).placeCandidates("werkplaatsen", UUID.randomUUID(), null, null, null, null,
                null, null, null, null, null));
    }

    /** The problem+json answer of a refused call, read with the strict mapper into the document's Problem schema. */
    private static Problem problem(int status, ThrowingSupplier<?> call) {
        RestClientResponseException refused = (RestClientResponseException) org.assertj.core.api.Assertions.catchThrowable(call::get);
        assertThat(refused).as("the call should have been refused with %s", status).isNotNull();
        assertThat(refused.getStatusCode().value()).isEqualTo(status);
        assertThat(refused.getResponseHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        Problem problem = ContractClient.STRICT.readValue(refused.getResponseBodyAsString(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(status);
        return problem;
    }

    private String sector() {
        return new ReferentielijstenApi(caseworker).taxonomySectors().stream()
                .flatMap(list -> list.getSectoren().stream()).filter(s -> Boolean.TRUE.equals(s.getActief()))
                .findFirst().orElseThrow().getCode();
    }
}
