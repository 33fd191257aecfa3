package nl.opstap.demo;

import static nl.opstap.activity.ActivityKind.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.activity.Activity;
import nl.opstap.activity.ActivityCatalogue;
import nl.opstap.activity.ActivityForm;
import nl.opstap.activity.ActivityKind;
import nl.opstap.activity.DropoutReason;
import nl.opstap.activity.DropoutReasonId;
import nl.opstap.activity.NewParticipation;
import nl.opstap.activity.ParticipationId;
import nl.opstap.activity.ParticipationResult;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientRef;
import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.organisation.ServiceOrganisation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Each organisation's catalogue (domain.md §4; seed 003 for IGSD, seed 004 §4.1 and §4.3 for the TDC's),
 * the default dropout reasons, and participation histories from 2015 on that respect every capacity.
 */
@Component
@Profile("demo")
@Order(30)
class DemoActivities implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoActivities.class);
    private static final LocalDate HISTORY_START = LocalDate.of(2015, 1, 5);

    private record Spec(String name, ActivityKind kind, String provider, Integer capacity, int weeks, String description, boolean active) {}

    private static final List<Spec> IGSD = List.of(
            new Spec("Talent in kaart", ONDERZOEK_LOOPBAAN, "IGSD team Werk", 20, 8, "Testen en gesprekken: wat kun je, wat wil je, wat vraagt de arbeidsmarkt.", true),
            new Spec("Werkervaringsplaats NoordWestGroep", WEP, "NoordWestGroep", 25, 26, "Werknemersvaardigheden opdoen in een werkomgeving.", true),
            new Spec("Werkervaringsplaats Reestmond", WEP, "Reestmond", 12, 26, "Werkervaringsplaats bij het sociaal werkbedrijf (tot 2020).", false),
            new Spec("Werkervaringsplaats bij werkgever", WEP, "Werkgevers in de regio (via WEP-consultant)", 30, 26, "Met zicht op een dienstverband.", true),
            new Spec("Leerwerkplaats groen en facilitair", LEERWERKPLAATS, "NoordWestGroep", 12, 39, "Werknemers- en vakvaardigheden, i.s.m. sociale ondernemingen.", true),
            new Spec("Wonen en Werken in Nederland (WWiN)", TRAINING, "IGSD", 12, 12, "Training voor vrouwen van allochtone afkomst.", true),
            new Spec("Sollicitatietraining", TRAINING, "IGSD team Werk", 15, 6, null, true),
            new Spec("Taaltraject NT2", TAALTRAJECT, "Deltion College", 16, 26, "Nederlands als tweede taal, richting taaleis.", true),
            new Spec("VCA basis", SCHOLING, "Regionaal opleidingsbedrijf", 10, 2, "Veiligheidscertificaat voor bouw en techniek.", true),
            new Spec("Vrijwilligerswerk als opstap", VRIJWILLIGERSWERK, "Vrijwilligerscentrale Steenwijkerland", null, 26, null, true),
            new Spec("Jobcoaching op de werkplek", JOBCOACHING, "IGSD jobcoaches", 40, 26, null, true),
            new Spec("Arbeidsmatige dagbesteding", DAGBESTEDING, "Reestmond", 10, 52, null, true),
            new Spec("Netwerkbijeenkomst werkzoekenden", NETWERKBIJEENKOMST, "IGSD", null, 1, null, true),
            new Spec("Sport en bewegen", SPORT_BEWEGEN, "Sportservice Steenwijkerland", 20, 12, null, true));

    private static final List<Spec> TDC = List.of(
            new Spec("Werken aan je Toekomst", TRAINING, "TDC", 16, 12, "Voorbereiding op werk; met netwerkbijeenkomsten.", true),
            new Spec("Vaardig aan het Werk", TRAINING, "TDC", 12, 10, "Werknemersvaardigheden voor schoolverlaters Pro/VSO.", true),
            new Spec("WERK-portal (digitale leeromgeving)", SCHOLING, "TDC", null, 12, "Voor laagopgeleide deelnemers, met begeleiding van de coach.", true),
            new Spec("Taal- en rekentraject (ICE)", TAALTRAJECT, "Noorderpoort", 20, 26, "Toets en traject taal en rekenen.", true),
            new Spec("Beroepskeuzetest", ONDERZOEK_LOOPBAAN, "Wedeka", 20, 4, null, true),
            new Spec("Techniekassessment", ONDERZOEK_LOOPBAAN, "DOK4", 10, 2, null, true),
            new Spec("Commerciële werkplaats Techniek", COMMERCIELE_WERKPLAATS, "Wedeka en technische bedrijven (Stadskanaal)", 12, 26, "Pilot commerciële werkplaats.", true),
            new Spec("Commerciële werkplaats Zorg en facilitair", COMMERCIELE_WERKPLAATS, "Wedeka en zorgaanbieders (Stadskanaal)", 10, 26, null, true),
            new Spec("Commerciële werkplaats Logistiek", COMMERCIELE_WERKPLAATS, "Wedeka en logistieke bedrijven (Veendam)", 12, 26, null, true),
            new Spec("Commerciële werkplaats Bouw", COMMERCIELE_WERKPLAATS, "Wedeka en bouwbedrijven (Veendam)", 10, 26, null, true),
            new Spec("Werkervaringsplaats TDC intern", WEP, "TDC / Wedeka", 30, 26, null, true),
            new Spec("Werkervaringsplaats extern", WEP, "Werkgevers in de regio", 25, 26, null, true),
            new Spec("Netwerkbijeenkomst TDC", NETWERKBIJEENKOMST, "TDC", null, 1, null, true),
            new Spec("Sport en bewegen (pilot)", SPORT_BEWEGEN, "Welzijnsinstellingen", 20, 12, null, true),
            new Spec("Vrijwilligerswerk en mantelzorg", VRIJWILLIGERSWERK, "Welzijnsinstellingen", null, 26, null, true),
            new Spec("Jobcoaching", JOBCOACHING, "Jobcoaches TDC", 40, 26, null, true),
            new Spec("Arbeidsmatige dagbesteding", DAGBESTEDING, "Zorgaanbieders Oost-Groningen", 15, 52, null, true));

    private static final Map<String, String> CASEWORKERS = Map.of("GM1708", "consulent.steenwijkerland",
            "GM1701", "consulent.westerveld", "GM0037", "consulent.stadskanaal", "GM0047", "consulent.veendam");

    private final ActivityCatalogue catalogue;
    private final UserAccounts accounts;
    private final ClientDirectory clients;
    private final Municipalities municipalities;

    DemoActivities(ActivityCatalogue catalogue, UserAccounts accounts, ClientDirectory clients, Municipalities municipalities) {
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.clients = clients;
        this.municipalities = municipalities;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.exists("admin")) {
            return;
        }
        Access admin = accounts.accessFor(accounts.idOf("admin"), Permission.CATALOGUE_ADMIN, Channel.BATCH);
        if (catalogue.activities(admin).isEmpty()) {
            for (ServiceOrganisation org : municipalities.organisations()) {
                List<Spec> specs = org.name().startsWith("IGSD") ? IGSD : TDC;
                specs.forEach(s -> catalogue.addActivity(admin, org.id(), new ActivityForm(s.name(), s.kind(), s.provider(), s.capacity(),
                        s.weeks(), s.description(), s.active())));
            }
        }
        List<DropoutReason> reasons = catalogue.dropoutReasons(admin);
        if (catalogue.hasParticipations()) {
            return;
        }
        long start = System.nanoTime();
        List<Activity> activities = catalogue.activities(admin);
        Random random = new Random(20150105L);
        int total = 0;
        Map<OrganisationId, Planner> planners = new HashMap<>();
        for (Map.Entry<String, String> cw : new java.util.TreeMap<>(CASEWORKERS).entrySet()) {
            if (!accounts.exists(cw.getValue())) {
                continue;
            }
            Access access = accounts.accessFor(accounts.idOf(cw.getValue()), Permission.CLIENT_WRITE, Channel.BATCH);
            List<ClientRef> refs = clients.refs(access, null);
            if (refs.isEmpty()) {
                continue;
            }
            OrganisationId org = catalogue.organisationOf(refs.getFirst().municipality());
            Planner planner = planners.computeIfAbsent(org, o -> new Planner(
                    activities.stream().filter(a -> a.organisation().equals(o)).toList(),
                    reasons.stream().filter(r -> r.organisation().equals(o) && r.active()).map(DropoutReason::id).toList()));
            List<NewParticipation> batch = new ArrayList<>();
            refs.forEach(ref -> batch.addAll(planner.historyOf(ref, random)));
            catalogue.recordHistory(access, batch);
            total += batch.size();
        }
        log.info("Demo activities: {} participations in {} ms", total, (System.nanoTime() - start) / 1_000_000);
    }

    /** Plans participations per client and keeps every activity within its capacity. */
    private static final class Planner {

        private final List<Activity> activities;
        private final List<DropoutReasonId> reasons;
        private final Map<Activity, List<LocalDate[]>> taken = new HashMap<>();
        private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));

        Planner(List<Activity> activities, List<DropoutReasonId> reasons) {
            this.activities = activities;
            this.reasons = reasons;
        }

        List<NewParticipation> historyOf(ClientRef ref, Random random) {
            List<NewParticipation> result = new ArrayList<>();
            if (random.nextDouble() < 0.35 || activities.isEmpty()) {
                return result;
            }
            LocalDate cursor = HISTORY_START.plusDays(random.nextInt((int) (today.toEpochDay() - HISTORY_START.toEpochDay() - 60)));
            LocalDate adult = ref.dateOfBirth().plusYears(18);
            if (cursor.isBefore(adult)) {
                cursor = adult; // the Participatiewet starts at 18
            }
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count && cursor.isBefore(today); i++) {
                Activity activity = activities.get(random.nextInt(activities.size()));
                int weeks = activity.durationWeeks() == null ? 12 : activity.durationWeeks();
                LocalDate planned = cursor.plusWeeks(Math.max(1, weeks - 2 + random.nextInt(5)));
                boolean ended = planned.isBefore(today.minusDays(20)) || random.nextDouble() < 0.1 && planned.isBefore(today);
                LocalDate actual = null;
                ParticipationResult outcome = null;
                DropoutReasonId reason = null;
                boolean certificate = false;
                if (ended) {
                    double r = random.nextDouble();
                    outcome = r < 0.6 ? ParticipationResult.AFGEROND : r < 0.82 ? ParticipationResult.UITGEVALLEN : ParticipationResult.DOORGESTROOMD;
                    actual = outcome == ParticipationResult.UITGEVALLEN
                            ? cursor.plusDays(random.nextInt((int) Math.max(1, planned.toEpochDay() - cursor.toEpochDay())))
                            : planned.plusDays(random.nextInt(15) - 7);
                    actual = actual.isBefore(cursor) ? cursor : actual.isAfter(today) ? today : actual;
                    reason = outcome == ParticipationResult.UITGEVALLEN && !reasons.isEmpty() ? reasons.get(random.nextInt(reasons.size())) : null;
                    certificate = outcome != ParticipationResult.UITGEVALLEN && random.nextDouble() < 0.5
                            && (activity.kind() == WEP || activity.kind() == LEERWERKPLAATS || activity.kind() == COMMERCIELE_WERKPLAATS);
                }
                if (!activity.active() && (actual == null || cursor.getYear() >= 2020)) {
                    cursor = cursor.plusWeeks(4);
                    continue;
                }
                LocalDate until = actual != null ? actual : planned.isBefore(today) ? LocalDate.MAX : planned;
                if (!roomFor(activity, cursor, until)) {
                    cursor = cursor.plusWeeks(2 + random.nextInt(8));
                    continue;
                }
                taken.computeIfAbsent(activity, a -> new ArrayList<>()).add(new LocalDate[] {cursor, until});
                result.add(new NewParticipation(ParticipationId.random(), ref.id(), ref.municipality(), activity.id(), cursor, planned,
                        actual, outcome, reason, certificate, certificate ? "Praktijkverklaring " + activity.name() : null,
                        certificate ? actual : null, null));
                if (actual == null) {
                    break;
                }
                cursor = actual.plusDays(7 + random.nextInt(120));
            }
            return result;
        }

        /** The same check as the service: the most places taken at once within [from, until] stays below capacity. */
        private boolean roomFor(Activity activity, LocalDate from, LocalDate until) {
            if (activity.capacity() == null) {
                return true;
            }
            List<LocalDate[]> overlapping = taken.getOrDefault(activity, List.of()).stream()
                    .filter(p -> !p[1].isBefore(from) && !p[0].isAfter(until)).toList();
            List<LocalDate> days = new ArrayList<>();
            days.add(from);
            overlapping.forEach(p -> {
                if (!p[0].isBefore(from) && !p[0].isAfter(until)) {
                    days.add(p[0]);
                }
            });
            for (LocalDate day : days) {
                long n = overlapping.stream().filter(p -> !day.isBefore(p[0]) && !day.isAfter(p[1])).count();
                if (n >= activity.capacity()) {
                    return false;
                }
            }
            return true;
        }
    }
}
