package nl.opstap.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.opstap.client.ClientRef;
import nl.opstap.diagnosis.AssessmentCategory;
import nl.opstap.diagnosis.CurrentSituation;
import nl.opstap.diagnosis.FactRecord;
import nl.opstap.diagnosis.LadderStep;
import nl.opstap.diagnosis.OccupationKind;
import nl.opstap.diagnosis.Perspective;
import nl.opstap.diagnosis.TestType;
import nl.opstap.diagnosis.ZrmDomain;
import nl.opstap.diagnosis.ZrmScore;
import org.jspecify.annotations.Nullable;

/**
 * One client's plausible diagnosis history: intake (Talent in kaart, perspective not yet known), the
 * classification that holds on the target date, a rising ladder, one to three ZRM assessments, tests,
 * sectors and occupations. Everything the seed counts holds exactly on {@code targetDate}; {@code later}
 * adds facts after it (up to today) for a living demo.
 */
final class DemoHistories {

    private static final LocalDate FIRST_INTAKE = LocalDate.of(2015, 1, 5);
    private static final String[] PROVIDERS = {"ROC Menso", "Alfa-college", "Deltion College", "Noorderpoort", "Wedeka (DOK4)"};

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private DemoHistories() {}

    record Plan(CurrentSituation situation, Perspective perspective, List<String> sectors, @Nullable String occupation) {}

    static List<FactRecord> of(ClientRef client, Plan plan, LocalDate targetDate, @Nullable LocalDate later, Random random) {
        LocalDate adult = client.dateOfBirth().plusYears(18);
        LocalDate intake = max(adult, FIRST_INTAKE.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(FIRST_INTAKE, targetDate.minusMonths(4)))));
        if (!intake.isBefore(targetDate)) {
            intake = targetDate.minusDays(1 + random.nextInt(10));
        }
        long span = ChronoUnit.DAYS.between(intake, targetDate);
        LocalDate classified = span > 45 ? intake.plusDays(30 + random.nextInt((int) span - 40)) : intake;
        List<FactRecord> facts = new ArrayList<>();
        var id = client.id();
        if (classified.isAfter(intake) && plan.situation() != CurrentSituation.TALENT_IN_KAART) {
            facts.add(new FactRecord.SituationFact(id, CurrentSituation.TALENT_IN_KAART, intake, null, at(intake)));
        }
        LocalDate situationFrom = plan.situation() == CurrentSituation.TALENT_IN_KAART ? intake : classified;
        facts.add(new FactRecord.SituationFact(id, plan.situation(), situationFrom, null, at(situationFrom)));
        if (classified.isAfter(intake) && plan.perspective() != Perspective.NOG_NIET_BEKEND) {
            facts.add(new FactRecord.PerspectiveFact(id, Perspective.NOG_NIET_BEKEND, intake, null, at(intake)));
        }
        LocalDate perspectiveFrom = plan.perspective() == Perspective.NOG_NIET_BEKEND ? intake : classified;
        facts.add(new FactRecord.PerspectiveFact(id, plan.perspective(), perspectiveFrom, null, at(perspectiveFrom)));
        int finalStep = finalStep(plan, random);
        int step = Math.max(1, finalStep - random.nextInt(3));
        LocalDate on = intake;
        facts.add(new FactRecord.LadderFact(id, LadderStep.ofNumber(step), on, null, at(on)));
        while (step < finalStep) {
            long left = ChronoUnit.DAYS.between(on, targetDate);
            if (left < 20) {
                break;
            }
            on = on.plusDays(10 + random.nextInt((int) left - 9));
            step++;
            facts.add(new FactRecord.LadderFact(id, LadderStep.ofNumber(step), on, null, at(on)));
        }
        int level = zrmLevel(plan.perspective());
        facts.add(zrm(id, intake, level, random));
        if (classified.isAfter(intake.plusDays(60))) {
            facts.add(zrm(id, classified, Math.min(5, level + random.nextInt(2)), random));
        }
        if (!plan.sectors().isEmpty()) {
            facts.add(new FactRecord.SectorsFact(id, plan.sectors(), classified, null, at(classified)));
        }
        if (plan.occupation() != null) {
            facts.add(new FactRecord.OccupationFact(id, plan.occupation(), OccupationKind.INTEREST, classified, null, at(classified)));
        }
        if (plan.perspective().hasWorkCapacity() && random.nextInt(100) < 40) {
            facts.add(test(id, between(intake, targetDate, random), random));
        }
        if (later != null && random.nextInt(100) < 85) { // most files were re-assessed in the last year or so
            LocalDate recent = between(later.minusMonths(11), later, random);
            facts.add(zrm(id, recent, Math.min(5, level + 1), random));
            if (step < 6) {
                facts.add(new FactRecord.LadderFact(id, LadderStep.ofNumber(step + 1), recent, null, at(recent)));
            }
        }
        return facts;
    }

    private static int finalStep(Plan plan, Random random) {
        return switch (plan.perspective()) {
            case ZORG -> 1 + random.nextInt(2);
            case PARTICIPATIE, NOG_NIET_BEKEND -> 2 + random.nextInt(2);
            case WERK, PARTTIME_WERK -> switch (plan.situation()) {
                case DIRECT_WERK -> 4 + random.nextInt(2);
                case PARTTIME_WERK -> 5;
                case WERKEN_ERVAREN -> 4;
                default -> 3 + random.nextInt(2);
            };
        };
    }

    private static int zrmLevel(Perspective perspective) {
        return switch (perspective) {
            case ZORG -> 2;
            case PARTICIPATIE, NOG_NIET_BEKEND -> 3;
            case WERK, PARTTIME_WERK -> 4;
        };
    }

    private static FactRecord zrm(nl.opstap.client.ClientId id, LocalDate on, int level, Random random) {
        Map<ZrmDomain, ZrmScore> scores = new EnumMap<>(ZrmDomain.class);
        for (ZrmDomain domain : ZrmDomain.values()) {
            scores.put(domain, ZrmScore.ofNumber(Math.max(1, Math.min(5, level + random.nextInt(3) - 1))));
        }
        return new FactRecord.ZrmFact(id, "ZRM 2017", scores, on, null, at(on));
    }

    private static FactRecord test(nl.opstap.client.ClientId id, LocalDate on, Random random) {
        int pick = random.nextInt(4);
        TestType type = pick == 0 ? TestType.LANGUAGE : pick == 1 ? TestType.NUMERACY
                : pick == 2 ? TestType.PRACTICAL_ASSESSMENT : TestType.VOCATIONAL_CHOICE;
        String provider = PROVIDERS[random.nextInt(PROVIDERS.length)];
        String result = switch (type) {
            case LANGUAGE -> "Niveau " + (random.nextBoolean() ? "1F" : "2F");
            case NUMERACY -> "Niveau " + (random.nextBoolean() ? "1F" : "1A");
            case PRACTICAL_ASSESSMENT -> "Geschikt voor productiewerk met begeleiding";
            default -> "Interesse in praktisch werk";
        };
        AssessmentCategory category = type == TestType.PRACTICAL_ASSESSMENT
                ? AssessmentCategory.values()[random.nextInt(3)] : null;
        return new FactRecord.TestFact(id, type, provider, on, result, category, at(on));
    }

    /**
     * When a fact was recorded: in the morning of the day it holds from, as a caseworker would; a fact
     * of today counts as recorded now (the morning may still lie ahead).
     */
    static @Nullable Instant at(LocalDate day) {
        return day.isBefore(LocalDate.now(ZONE)) ? day.atTime(9, 30).atZone(ZONE).toInstant() : null;
    }

    static LocalDate between(LocalDate from, LocalDate to, Random random) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextInt((int) days));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
