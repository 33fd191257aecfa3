package nl.opstap.client;

import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.access.UserId;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.LogEntry;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.employer.EmployerSummary;
import nl.opstap.employer.Employers;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.taxonomy.Sectors;
import nl.opstap.shared.domain.Paging;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The AVG download's data: a client's file filled through the modules' APIs, collected from every
 * {@link PersonalDataContributor} with the job seeker's own access.
 */
@OpstapIntegrationTest
class PersonalDataIT {

    static final String CASEWORKER = "Bearer demo-token-consulent.steenwijkerland";
    static final String ADMIN_IGSD = "Bearer demo-token-beheer.igsd";
    static final String ACCOUNT_MANAGER = "Bearer demo-token-accountmanager.igsd";
    static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    static final Pattern ENUM_NAME = Pattern.compile("[A-Z]{2,}(_[A-Z]+)*");
    /** The enum constants behind the data this test records; their Dutch labels must be shown instead. */
    static final Set<String> RAW_CONSTANTS = Set.of("RECIPIENT", "UNKNOWN", "CONCEPT", "CLIENT", "SERVICE", "TRAINING", "GESPREKSVERSLAG",
            "MEDISCH_ZORG", "TAALEIS", "MEDISCH", "FRAUDESIGNAAL", "AFGEHANDELD", "REGULAR_WORK", "PROPOSED", "WERKGEVER");

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory directory;
    @Autowired ProcessingLog log;
    @Autowired ApplicationContext context;
    @Autowired tools.jackson.databind.json.JsonMapper json;
    @Autowired Employers employers;
    @Autowired Sectors sectors;

    final LocalDate today = LocalDate.now();

    @Test
    void everyModuleHandsOverItsPartOfTheOwnFileAndLogsItsRead() throws Exception {
        Fixtures fixtures = new Fixtures(accounts, directory);
        String lastName = Fixtures.unique("Inzage");
        ClientDetails mine = Fixtures.details(STEENWIJKERLAND, "Mira", lastName);
        ClientDetails others = Fixtures.details(STEENWIJKERLAND, "Ander", Fixtures.unique("Inzage"));
        ClientId client = directory.register(fixtures.caseworkerAccess(STEENWIJKERLAND), new NewClient(mine, null, null));
        ClientId other = directory.register(fixtures.caseworkerAccess(STEENWIJKERLAND), new NewClient(others, null, null));
        ClientId partner = fixtures.client(STEENWIJKERLAND, "Partnerina", Fixtures.unique("Inzage"));
        directory.linkPartners(fixtures.caseworkerAccess(STEENWIJKERLAND), client, partner);
        directory.reassign(fixtures.caseworkerAccess(STEENWIJKERLAND), List.of(client), accounts.idOf("consulent.steenwijkerland"));
        directory.changeBenefit(fixtures.caseworkerAccess(STEENWIJKERLAND), client, new BenefitChange(BenefitStatus.RECIPIENT, today));
        fill(client);
        api(post(other, "/journaal"), "{\"soort\": \"overig\", \"tekst\": \"Geheim van een ander\"}");

        String username = Fixtures.unique("inzage").toLowerCase();
        UserId seeker = fixtures.jobSeeker(username, client, STEENWIJKERLAND);
        Access access = accounts.accessFor(seeker, Permission.OWN_FILE, Channel.WEB);
        ClientRef ref = directory.ownFile(access, ProcessingActivity.OWN_FILE, ProcessingAction.READ);
        List<PersonalDataPart> parts = new ArrayList<>();
        context.getBeansOfType(PersonalDataContributor.class).values().forEach(c -> parts.addAll(c.partsFor(access, ref)));
        parts.sort(Comparator.comparingInt(PersonalDataPart::order));
        Map<String, PersonalDataPart> byTitle = parts.stream().collect(Collectors.toMap(PersonalDataPart::title, p -> p));

        assertThat(parts.getFirst().title()).isEqualTo("Persoonsgegevens");
        assertThat(values(byTitle, "Persoonsgegevens")).contains("Mira", lastName, mine.bsn(), "8331 AB");
        assertThat(values(byTitle, "Klantmanager")).contains("Sanne Bakker", today);
        assertThat(values(byTitle, "Partner")).anySatisfy(v -> assertThat(String.valueOf(v)).startsWith("Partnerina "));
        assertThat(values(byTitle, "Uitkering")).contains("Uitkeringsgerechtigd", today);
        assertThat(values(byTitle, "Diagnose: participatieladder")).anySatisfy(v -> assertThat(String.valueOf(v)).startsWith("Trede 2"));
        assertThat(values(byTitle, "Plan van Perspectief: versies")).contains("concept", "Werk in de techniek");
        assertThat(values(byTitle, "Plan van Perspectief: doelen")).contains("Betaald werk in de metaal");
        assertThat(values(byTitle, "Plan van Perspectief: afspraken")).contains("Werkzoekende", "Solliciteert vier keer per maand");
        assertThat(values(byTitle, "Activiteiten")).contains("IGSD", "Training", today);
        assertThat(values(byTitle, "Journaal: gesprekken en aantekeningen")).contains("Gesprek over de techniek", "Gespreksverslag", "Medisch / zorg", "Rugklachten besproken");
        assertThat(values(byTitle, "Verplichtingen")).contains("Taaleis");
        assertThat(values(byTitle, "Ontheffingen")).contains("Medisch");
        assertThat(values(byTitle, "Signalen")).contains("Afgehandeld fraudesignaal", "Afgehandeld").doesNotContain("Lopend onderzoek");
        assertThat(values(byTitle, "Plaatsingen")).contains("Regulier werk", 20);
        assertThat(byTitle).containsKeys("Nazorg na plaatsing", "Matching: toestemming");
        assertThat(values(byTitle, "Commerciële werkplaatsen")).contains("Werkplaats Inzage", "voorgedragen", today);
        assertThat(values(byTitle, "Matching: toestemming")).contains(true, today);

        List<Object> everything = parts.stream().flatMap(p -> p.records().stream()).flatMap(r -> r.values().stream()).toList();
        assertThat(everything).doesNotContain("Geheim van een ander", "Lopend onderzoek", others.bsn());
        for (PersonalDataPart part : parts) {
            for (Map<String, Object> record : part.records()) {
                record.forEach((label, value) -> {
                    assertThat(UUID_TEXT.matcher(label).find()).as(label).isFalse();
                    assertThat(ENUM_NAME.matcher(label).matches() && !label.equals("BSN")).as(label).isFalse();
                    if (value instanceof String text) {
                        assertThat(UUID_TEXT.matcher(text).find()).as(part.title() + ": " + label).isFalse();
                        assertThat(RAW_CONSTANTS).as(part.title() + ": " + label).doesNotContain(text);
                    }
                });
            }
        }

        Set<String> logged = log.historyOf(client.value(), new Paging(1, 100)).content().stream()
                .filter(e -> e.username().equals(username) && e.action().equals("READ")).map(LogEntry::activity).collect(Collectors.toSet());
        assertThat(logged).contains(ProcessingActivity.CLIENT_REGISTRATION.id(), ProcessingActivity.DIAGNOSIS.id(),
                ProcessingActivity.PLAN.id(), ProcessingActivity.PARTICIPATION.id(), ProcessingActivity.JOURNAL.id(),
                ProcessingActivity.OBLIGATIONS.id(), ProcessingActivity.MATCHING.id(), ProcessingActivity.PLACEMENT.id(),
                ProcessingActivity.WORKSHOPS.id());
        assertThat(log.historyOf(other.value(), new Paging(1, 100)).content()).noneMatch(e -> e.username().equals(username));
    }

    /** A file with something in every module, recorded the way a caseworker does it. */
    private void fill(ClientId client) throws Exception {
        api(post(client, "/laddertreden"), "{\"trede\": 2, \"ingangsdatum\": \"" + today + "\"}");
        api(post(client, "/plan"), """
                {"perspectief": "Werk in de techniek",
                 "doelen": [{"omschrijving": "Betaald werk in de metaal", "streefdatum": "2030-01-01"}],
                 "afspraken": [{"partij": "werkzoekende", "omschrijving": "Solliciteert vier keer per maand"}],
                 "stappen": [{"omschrijving": "Techniektest maken", "uiterlijk": "%s", "verantwoordelijke": "dienst"}]}"""
                .formatted(today.plusMonths(1)));
        String activity = id(mvc.perform(json(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/activiteiten"), ADMIN_IGSD).content("""
                {"naam": "%s", "soort": "training", "aanbieder": "IGSD", "capaciteit": 5, "duurInWeken": 6}"""
                .formatted(Fixtures.unique("Training")))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        api(post(client, "/deelnames"), "{\"activiteitId\": \"" + activity + "\", \"startdatum\": \"" + today + "\"}");
        api(post(client, "/journaal"), "{\"soort\": \"gespreksverslag\", \"onderwerp\": \"Intake\", \"tekst\": \"Gesprek over de techniek\"}");
        api(post(client, "/journaal"), "{\"soort\": \"medisch-zorg\", \"tekst\": \"Rugklachten besproken\"}");
        api(post(client, "/verplichtingen"), "{\"soort\": \"taaleis\", \"ingangsdatum\": \"" + today + "\"}");
        api(post(client, "/ontheffingen"), "{\"verplichting\": \"taaleis\", \"reden\": \"medisch\", \"ingangsdatum\": \"" + today
                + "\", \"herbeoordelingsdatum\": \"" + today.plusMonths(6) + "\"}");
        api(post(client, "/signalen"), "{\"soort\": \"fraudesignaal\", \"datum\": \"" + today + "\", \"omschrijving\": \"Lopend onderzoek\"}");
        String handled = id(api(post(client, "/signalen"),
                "{\"soort\": \"fraudesignaal\", \"datum\": \"" + today + "\", \"omschrijving\": \"Afgehandeld fraudesignaal\"}"));
        mvc.perform(json(post(client, "/signalen/" + handled + "/afhandelen"), CASEWORKER).content("{\"afgehandeldOp\": \"" + today + "\"}"))
                .andExpect(status().is2xxSuccessful());
        workshopCandidacy(client);
        api(post(client, "/plaatsingen"), "{\"soort\": \"regulier-werk\", \"startdatum\": \"" + today + "\", \"urenPerWeek\": 20}");
        mvc.perform(json(put("/api/v1/werkzoekenden/" + client.value() + "/toestemming-matching"), CASEWORKER).header("If-Match", "\"0\"")
                .content("{\"matching\": true, \"delenMetWerkgevers\": true, \"gegevenOp\": \"" + today + "\"}"))
                .andExpect(status().is2xxSuccessful());
    }

    /** A candidacy in a new workshop of a Steenwijkerland employer, put forward by the account manager. */
    private void workshopCandidacy(ClientId client) throws Exception {
        Access reader = accounts.accessFor(accounts.idOf("accountmanager.igsd"), Permission.EMPLOYER_READ, Channel.BATCH);
        EmployerSummary partner = employers.all(reader).stream().filter(e -> e.municipality().value().equals(STEENWIJKERLAND))
                .findFirst().orElseThrow();
        String sector = sectors.forMunicipality(new MunicipalityCode(STEENWIJKERLAND)).getFirst().code();
        String workshop = id(mvc.perform(json(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/werkplaatsen"),
                ACCOUNT_MANAGER).content("""
                {"gemeente": "GM1708", "naam": "Werkplaats Inzage", "sector": "%s", "partnerId": "%s", "aantalPlaatsen": 2, "begindatum": "%s"}"""
                .formatted(sector, partner.id().value(), today))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        mvc.perform(json(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/werkplaatsen/" + workshop
                + "/kandidaten"), ACCOUNT_MANAGER).content("{\"werkzoekendeId\": \"" + client.value() + "\", \"categorie\": 1}"))
                .andExpect(status().isCreated());
    }

    private MockHttpServletRequestBuilder post(ClientId client, String path) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/werkzoekenden/" + client.value() + path);
    }

    private String api(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(json(request, CASEWORKER).content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON);
    }

    private String id(String body) {
        return json.readTree(body).get("id").asString();
    }

    private static List<Object> values(Map<String, PersonalDataPart> parts, String title) {
        assertThat(parts).containsKey(title);
        return parts.get(title).records().stream().flatMap(r -> r.values().stream()).filter(Objects::nonNull).toList();
    }
}
