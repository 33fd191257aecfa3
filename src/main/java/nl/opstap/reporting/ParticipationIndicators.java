package nl.opstap.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.opstap.activity.ParticipationResult;
import nl.opstap.client.EducationLevel;
import nl.opstap.client.Gender;

/**
 * The monitoring set's figures about participants in activities (seed 004 §4.4.1): who took part in the period, per
 * activity and by composition, how participations ended, why people dropped out and how long activities lasted. A
 * participation takes part from its start until its actual end (still running: no end); a withdrawn one never ran.
 */
final class ParticipationIndicators {

    static final String UNKNOWN = "ONBEKEND";

    /** A participation that ran: not withdrawn before it started. */
    static final String RAN = "(p.result IS NULL OR p.result <> '" + ParticipationResult.GEANNULEERD.name() + "')";

    /** Participations that ran at some time in the period (as the activity module's own report reads them). */
    static final String RAN_IN_PERIOD = "p.municipality_code IN (:gemeenten) AND p.start_date <= :tot "
            + "AND (p.actual_end IS NULL OR p.actual_end >= :van) AND " + RAN;

    /** Participations whose actual end lies in the period. */
    static final String ENDED_IN_PERIOD = "p.municipality_code IN (:gemeenten) AND p.actual_end >= :van AND p.actual_end <= :tot "
            + "AND " + RAN;

    /** Clients with a participation in the period, per activity by name (who took part in two activities counts in both). */
    static final Indicator ACTIVITY = Indicator.count("monitoring-activiteit", List.of(),
            "SELECT DISTINCT p.municipality_code, p.activity_name AS category, p.client_id FROM report_participation p WHERE "
                    + RAN_IN_PERIOD).found(Indicator.Order.BY_CODE);

    /** A property of a participant by which the composition is shown: its indicator (for drill-downs) and its SQL. */
    record Dimension(Indicator indicator, String expression) {}

    static final Dimension AGE_BAND = participants("monitoring-leeftijd", AgeBands.codes(AgeBands.MONITORING),
            AgeBands.caseOf("c.date_of_birth", AgeBands.MONITORING));

    static final Dimension EDUCATION_LEVEL = participants("monitoring-opleiding", educationLevels(),
            "COALESCE(c.education_level, '" + UNKNOWN + "')");

    static final Dimension GENDER_OF = participants("monitoring-geslacht", Arrays.stream(Gender.values()).map(Enum::name).toList(),
            "c.gender");

    static final Dimension LIMITATION_OF = participants("monitoring-beperking", List.of("JA", "NEE"),
            "CASE WHEN c.work_limitation THEN 'JA' ELSE 'NEE' END");

    /** A startkwalificatie is mbo-2 or higher, or havo or vwo ({@link EducationLevel#isStartQualification}). */
    static final Dimension QUALIFICATION_OF = participants("monitoring-startkwalificatie", List.of("JA", "NEE", UNKNOWN),
            "CASE WHEN c.education_level IS NULL THEN '" + UNKNOWN + "' WHEN c.education_level IN (" + startQualifications()
                    + ") THEN 'JA' ELSE 'NEE' END");

    /** The composition in the order the report shows it. */
    static final List<Dimension> COMPOSITION = List.of(AGE_BAND, EDUCATION_LEVEL, QUALIFICATION_OF, GENDER_OF, LIMITATION_OF);

    static final Indicator AGE = AGE_BAND.indicator();
    static final Indicator EDUCATION = EDUCATION_LEVEL.indicator();
    static final Indicator GENDER = GENDER_OF.indicator();
    static final Indicator LIMITATION = LIMITATION_OF.indicator();
    static final Indicator START_QUALIFICATION = QUALIFICATION_OF.indicator();

    /**
     * Every participant once with all properties of the composition, grouped: one pass over the participations serves
     * all five tables (columns: municipality_code, d0..d4, count).
     */
    static String compositionSql() {
        StringBuilder inner = new StringBuilder("SELECT x.municipality_code");
        StringBuilder groups = new StringBuilder("y.municipality_code");
        for (int i = 0; i < COMPOSITION.size(); i++) {
            inner.append(", ").append(COMPOSITION.get(i).expression()).append(" AS d").append(i);
            groups.append(", y.d").append(i);
        }
        inner.append(" FROM (SELECT DISTINCT p.municipality_code, p.client_id FROM report_participation p WHERE ")
                .append(RAN_IN_PERIOD).append(") x JOIN report_client c ON c.client_id = x.client_id");
        return "SELECT " + groups + ", COUNT(*) FROM (" + inner + ") y GROUP BY " + groups;
    }

    /** Participations ended in the period, by how they ended. */
    static final Indicator ENDINGS = Indicator.count("monitoring-afloop", List.of(ParticipationResult.AFGEROND.name(),
                    ParticipationResult.DOORGESTROOMD.name(), ParticipationResult.UITGEVALLEN.name()),
            "SELECT p.municipality_code, p.result AS category, p.client_id FROM report_participation p WHERE " + ENDED_IN_PERIOD);

    /** Participations ended in the period by dropping out, by the reason's name. */
    static final Indicator DROPOUT = Indicator.count("monitoring-uitval", List.of(),
            "SELECT p.municipality_code, COALESCE(p.dropout_reason, '" + UNKNOWN + "') AS category, p.client_id "
                    + "FROM report_participation p WHERE " + ENDED_IN_PERIOD + " AND p.result = '" + ParticipationResult.UITGEVALLEN.name()
                    + "'").found(Indicator.Order.BY_CODE);

    /** Days from start to actual end of the participations ended in the period, averaged per activity. */
    static final Indicator DURATION = Indicator.average("monitoring-duur", List.of(),
            "SELECT p.municipality_code, p.activity_name AS category, p.client_id, CAST(p.actual_end - p.start_date AS INTEGER) "
                    + "AS measure FROM report_participation p WHERE " + ENDED_IN_PERIOD).found(Indicator.Order.BY_CODE);

    static final List<Indicator> ALL = List.of(ACTIVITY, AGE, EDUCATION, GENDER, LIMITATION, START_QUALIFICATION, ENDINGS, DROPOUT,
            DURATION);

    private ParticipationIndicators() {}

    /** Each client who took part in the period once, by a property of the client. */
    private static Dimension participants(String key, List<String> categories, String category) {
        return new Dimension(Indicator.count(key, categories, "SELECT DISTINCT p.municipality_code, " + category + " AS category, "
                + "p.client_id FROM report_participation p JOIN report_client c ON c.client_id = p.client_id WHERE " + RAN_IN_PERIOD), category);
    }

    private static List<String> educationLevels() {
        List<String> levels = new ArrayList<>(Arrays.stream(EducationLevel.values()).map(Enum::name).toList());
        levels.add(UNKNOWN);
        return levels;
    }

    private static String startQualifications() {
        return String.join(", ", Arrays.stream(EducationLevel.values()).filter(EducationLevel::isStartQualification)
                .map(l -> "'" + l.name() + "'").toList());
    }
}
