package nl.opstap.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.opstap.placement.ContractType;
import nl.opstap.placement.OutflowExtent;
import nl.opstap.placement.PlacementImports.HeldFollowUp;
import nl.opstap.placement.PlacementImports.PlacementImport;
import nl.opstap.placement.PlacementType;
import org.jspecify.annotations.Nullable;

/**
 * What a demo placement of each type looks like: hours, contract, wage subsidy, how often a jobcoach and an employer
 * are involved, how often and after how long it ends and why, how often it takes the client off benefit, and the
 * follow-up contacts held so far (most on time, a few with a signal, some of the last two months still open).
 */
final class DemoPlacementTerms {

    /** Per type: hours, shares in percent (jobcoach, employer, ends, full and partial outflow) and months it runs when it ends. */
    private record Kind(int minHours, int maxHours, int jobcoach, int employer, int ends, int minMonths, int maxMonths, int full,
                        int partial, ContractType[] contracts, String[] why, String[] endReasons) {}

    private static final Map<PlacementType, Kind> KINDS = new EnumMap<>(PlacementType.class);

    static {
        ContractType fixed = ContractType.FIXED_TERM;
        KINDS.put(PlacementType.REGULAR_WORK, new Kind(12, 40, 35, 100, 12, 2, 18, 65, 25,
                new ContractType[] {fixed, fixed, ContractType.PERMANENT, ContractType.AGENCY, ContractType.AGENCY, ContractType.ON_CALL},
                new String[] {""}, new String[] {"Tijdelijk contract niet verlengd", "Proeftijd niet doorstaan",
                        "Eigen ontslag; ander werk gevonden", "Bedrijf gereorganiseerd"}));
        KINDS.put(PlacementType.AFSPRAAKBAAN, new Kind(12, 32, 85, 100, 20, 6, 24, 25, 55, new ContractType[] {fixed, ContractType.PERMANENT},
                new String[] {"Staat in het doelgroepregister; regulier werk zonder loonkostensubsidie is niet haalbaar.",
                        "Arbeidsvermogen onder het wettelijk minimumloon; met een afspraakbaan en jobcoaching wel duurzaam aan het werk."},
                new String[] {"Contract niet verlengd", "Werk bleek te zwaar", "Doorgestroomd naar regulier werk"}));
        KINDS.put(PlacementType.EDUCATION, new Kind(16, 32, 20, 50, 45, 6, 24, 30, 0,
                new ContractType[] {ContractType.APPRENTICESHIP, ContractType.NONE},
                new String[] {"Mist een startkwalificatie; met een opleiding is de kans op duurzaam regulier werk veel groter.",
                        "Vakdiploma nodig voor de gewenste sector; een afspraakbaan past niet bij het arbeidsvermogen."},
                new String[] {"Opleiding afgerond met diploma", "Opleiding afgerond met diploma", "Opleiding voortijdig gestopt"}));
        KINDS.put(PlacementType.WORK_EXPERIENCE, new Kind(16, 32, 70, 100, 92, 3, 6, 0, 0, new ContractType[] {ContractType.NONE},
                new String[] {"Eerst werkritme en werknemersvaardigheden opdoen; regulier werk, een afspraakbaan of scholing is nog een stap te ver.",
                        "Lange tijd niet gewerkt; een werkervaringsplaats laat zien wat haalbaar is voordat een contract of opleiding volgt."},
                new String[] {"Werkervaringsplaats afgerond", "Werkervaringsplaats afgerond", "Doorgestroomd naar betaald werk",
                        "Voortijdig gestopt om gezondheidsredenen"}));
        KINDS.put(PlacementType.SECONDMENT, new Kind(24, 38, 40, 100, 15, 6, 24, 50, 25, new ContractType[] {fixed, ContractType.AGENCY},
                new String[] {"Werkgever wil eerst zonder werkgeversrisico kennismaken; detachering als opstap naar een eigen contract."},
                new String[] {"Detachering afgelopen", "In dienst genomen door de inlener", "Detachering voortijdig beëindigd"}));
        KINDS.put(PlacementType.SHELTERED_WORK, new Kind(16, 32, 90, 60, 12, 12, 36, 30, 55, new ContractType[] {fixed, ContractType.PERMANENT},
                new String[] {"Heeft blijvend een beschutte werkomgeving en begeleiding nodig (advies beschut werk van UWV); "
                        + "regulier werk, afspraakbaan, scholing, werkervaringsplaats en detachering zijn niet haalbaar."},
                new String[] {"Contract niet verlengd", "Overgestapt naar dagbesteding", "Werk bleek te zwaar"}));
        KINDS.put(PlacementType.DAY_ACTIVITIES, new Kind(4, 16, 15, 30, 15, 6, 36, 0, 0, new ContractType[] {ContractType.NONE},
                new String[] {"Loonvormende arbeid is door de zorgvraag (nog) niet mogelijk; dagbesteding geeft structuur en contact.",
                        "Belastbaarheid te laag voor werk of een werkervaringsplaats; eerst stabiliseren met dagbesteding."},
                new String[] {"Overgestapt naar andere zorgaanbieder", "Gezondheid laat het niet meer toe",
                        "Doorgestroomd naar werkervaringsplaats"}));
    }

    private static final String[][] OUTCOMES = {
            {"Gaat goed; werkt zelfstandig.", "Tevreden over inzet en werktempo.", "Contract wordt waarschijnlijk verlengd.",
                    "Inwerkperiode afgerond; meer uren mogelijk.", "Geen bijzonderheden."},
            {"Naar de zin; goed contact met collega's.", "Went aan het ritme; reistijd valt mee.", "Tevreden; wil graag meer uren.",
                    "Voelt zich op de juiste plek.", "Geen bijzonderheden."}};
    private static final String[][] SIGNALS = {
            {"Veel kort verzuim de laatste weken.", "Zorgen over motivatie; vaak te laat.", "Conflict met leidinggevende; gesprek nodig."},
            {"Werkdruk te hoog; overweegt te stoppen.", "Problemen met vervoer naar het werk.", "Geldzorgen geven stress; hulp gevraagd."}};

    /** A placement being planned: its end may still move (an earlier return on benefit, the AOW age). */
    static final class Draft {
        final PlacementType type;
        final LocalDate start;
        @Nullable LocalDate end;
        @Nullable String endReason;
        final int hours;
        final ContractType contract;
        final @Nullable UUID employer;
        final @Nullable UUID jobcoach;

        private Draft(PlacementType type, LocalDate start, int hours, ContractType contract, @Nullable UUID employer, @Nullable UUID jobcoach) {
            this.type = type;
            this.start = start;
            this.hours = hours;
            this.contract = contract;
            this.employer = employer;
            this.jobcoach = jobcoach;
        }
    }

    private final Random random;
    private final LocalDate today;
    private final List<Integer> months;
    private final List<String> parties;

    DemoPlacementTerms(Random random, LocalDate today, List<Integer> months, List<String> parties) {
        this.random = random;
        this.today = today;
        this.months = months;
        this.parties = parties;
    }

    /** Whether the placement takes the client off benefit, wholly or partly (null: it does not). */
    @Nullable OutflowExtent outflow(PlacementType type) {
        Kind kind = KINDS.get(type);
        int pick = random.nextInt(100);
        return pick < kind.full() ? OutflowExtent.FULL : pick < kind.full() + kind.partial() ? OutflowExtent.PARTIAL : null;
    }

    /** A placement from {@code start}; hours fit the outflow (a full one needs most of a working week). */
    Draft draft(PlacementType type, LocalDate start, @Nullable OutflowExtent outflow, List<UUID> employers, UUID jobcoach) {
        Kind kind = KINDS.get(type);
        int min = outflow == OutflowExtent.FULL ? Math.max(kind.minHours(), 28) : kind.minHours();
        int max = outflow == OutflowExtent.PARTIAL ? Math.min(kind.maxHours(), 24) : kind.maxHours();
        int hours = Math.min(max, min + 4 * random.nextInt((max - min) / 4 + 1));
        ContractType contract = kind.contracts()[random.nextInt(kind.contracts().length)];
        boolean withEmployer = !employers.isEmpty() && random.nextInt(100) < kind.employer()
                && (type != PlacementType.EDUCATION || contract == ContractType.APPRENTICESHIP);
        Draft d = new Draft(type, start, hours, contract, withEmployer ? employers.get(random.nextInt(employers.size())) : null,
                random.nextInt(100) < kind.jobcoach() ? jobcoach : null);
        if (random.nextInt(100) < kind.ends()) {
            LocalDate end = start.plusMonths(kind.minMonths() + random.nextInt(kind.maxMonths() - kind.minMonths() + 1))
                    .plusDays(random.nextInt(28));
            if (end.isBefore(today)) {
                end(d, end, endReason(type));
            }
        }
        return d;
    }

    String endReason(PlacementType type) {
        String[] reasons = KINDS.get(type).endReasons();
        return reasons[random.nextInt(reasons.length)];
    }

    static void end(Draft d, LocalDate on, String reason) {
        d.end = on.isBefore(d.start) ? d.start : on;
        d.endReason = reason;
    }

    /** The placement as imported, with the follow-up contacts held by today. */
    PlacementImport toImport(Draft d) {
        String[] why = KINDS.get(d.type).why();
        boolean subsidy = d.type == PlacementType.AFSPRAAKBAAN || d.type == PlacementType.SHELTERED_WORK
                || (d.type == PlacementType.REGULAR_WORK || d.type == PlacementType.SECONDMENT) && random.nextInt(100) < 12;
        return new PlacementImport(d.type, d.type == PlacementType.REGULAR_WORK ? null : why[random.nextInt(why.length)], d.employer,
                d.start, d.end, d.endReason, d.hours, d.contract, subsidy, subsidy && d.type != PlacementType.REGULAR_WORK, d.jobcoach,
                held(d.start));
    }

    /** Contacts due before today: held around the due date, except about half of those of the last two months. */
    private List<HeldFollowUp> held(LocalDate start) {
        List<HeldFollowUp> held = new ArrayList<>();
        for (int m : months) {
            LocalDate due = start.plusMonths(m);
            for (int p = 0; p < parties.size(); p++) {
                if (!due.isBefore(today) || ChronoUnit.DAYS.between(due, today) <= 60 && random.nextBoolean()) {
                    continue;
                }
                LocalDate on = due.plusDays(random.nextInt(18) - 5);
                on = on.isAfter(today) ? today : on.isBefore(start) ? start : on;
                boolean signal = random.nextInt(100) < 4;
                String[] texts = (signal ? SIGNALS : OUTCOMES)[Math.min(p, 1)];
                held.add(new HeldFollowUp(m, parties.get(p), on, texts[random.nextInt(texts.length)], signal));
            }
        }
        return held;
    }
}
