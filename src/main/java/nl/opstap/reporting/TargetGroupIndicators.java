package nl.opstap.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opstap.client.EducationLevel;
import nl.opstap.diagnosis.Perspective;

/**
 * The target groups of seed 003 (the Human Capital Agenda's groups) on the reference date, among the clients with a
 * perspective then, each in total and with work capacity (arbeidsvermogen: perspective Parttime werk or Werk); and the
 * potential labour sectors clients named (each of a client's at most three counts).
 */
final class TargetGroupIndicators {

    /** The code suffix of a group's row "with work capacity". */
    static final String WITH_CAPACITY = "_AV";

    /** Each group's condition on the client {@code c} (overlapping: one person may be in several). */
    static final Map<String, String> GROUPS = groups();

    static final Indicator GROUPS_BY_CAPACITY = Indicator.count("doelgroepen-arbeidsvermogen", categories(), """
            SELECT f.municipality_code, g.grp || v.suffix AS category, f.client_id
            FROM report_fact f JOIN report_client c ON c.client_id = f.client_id
            CROSS JOIN (VALUES %s) AS g(grp) CROSS JOIN (VALUES (''), ('%s')) AS v(suffix)
            WHERE f.kind = 'PERSPECTIVE' AND f.municipality_code IN (:gemeenten) AND %s
            AND (v.suffix = '' OR f.fact_value IN (%s)) AND CASE g.grp %s END""".formatted(
            String.join(", ", GROUPS.keySet().stream().map(g -> "('" + g + "')").toList()), WITH_CAPACITY, Indicators.HELD,
            String.join(", ", Arrays.stream(Perspective.values()).filter(Perspective::hasWorkCapacity).map(p -> "'" + p.name() + "'")
                    .toList()),
            String.join(" ", GROUPS.entrySet().stream().map(g -> "WHEN '" + g.getKey() + "' THEN " + g.getValue()).toList())));

    /** The sectors named in the SECTORS facts held on the reference date, the ten most named first. */
    static final Indicator SECTORS = Indicator.count("doelgroepen-sectoren", List.of(), """
            SELECT f.municipality_code, s.sector_code AS category, f.client_id
            FROM report_fact f JOIN report_fact_sector s ON s.fact_id = f.fact_id
            WHERE f.kind = 'SECTORS' AND f.municipality_code IN (:gemeenten) AND\s""" + Indicators.HELD)
            .found(Indicator.Order.MOST_FIRST);

    private TargetGroupIndicators() {}

    private static Map<String, String> groups() {
        String birth = "c.date_of_birth";
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("ALLE", "TRUE");
        groups.put("JONGEREN", "(" + AgeBands.atLeast(birth, 18) + " AND " + AgeBands.below(birth, 27) + ")");
        groups.put("23_PLUS", AgeBands.atLeast(birth, 23));
        groups.put("50_PLUS", AgeBands.atLeast(birth, 50));
        groups.put("55_PLUS", AgeBands.atLeast(birth, 55));
        groups.put("STATUSHOUDERS", "(c.refugee_status OR c.civic_integration_required)");
        groups.put("ZONDER_STARTKWALIFICATIE", "c.education_level IN (" + String.join(", ", Arrays.stream(EducationLevel.values())
                .filter(l -> !l.isStartQualification()).map(l -> "'" + l.name() + "'").toList()) + ")");
        groups.put("ARBEIDSBEPERKING", "c.work_limitation");
        groups.put("DOELGROEPREGISTER", "c.target_group_register");
        return groups;
    }

    /** Each group, then the part of it with work capacity. */
    private static List<String> categories() {
        List<String> categories = new ArrayList<>();
        GROUPS.keySet().forEach(g -> {
            categories.add(g);
            categories.add(g + WITH_CAPACITY);
        });
        return categories;
    }
}
