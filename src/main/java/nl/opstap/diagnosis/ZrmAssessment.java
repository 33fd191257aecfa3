package nl.opstap.diagnosis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Rule for a ZRM assessment: every one of the 13 domains scored 1–5, and a supported version. Also the
 * read-outs the screens use: the lowest domains and the change per domain since the previous assessment.
 */
final class ZrmAssessment {

    static final String VERSION_2017 = "ZRM 2017";
    static final List<String> VERSIONS = List.of(VERSION_2017);

    private ZrmAssessment() {}

    /** Scores given as numbers per domain (absent or null = missing). */
    static Map<ZrmDomain, ZrmScore> check(Map<ZrmDomain, @Nullable Integer> raw, String version, Class<?> command) {
        if (!VERSIONS.contains(version)) {
            throw RuleViolation.of(command, "version", "version", "Alleen de versie " + VERSION_2017 + " wordt ondersteund.");
        }
        Map<ZrmDomain, ZrmScore> scores = new EnumMap<>(ZrmDomain.class);
        for (ZrmDomain domain : ZrmDomain.values()) {
            Integer score = raw.get(domain);
            if (score == null) {
                throw RuleViolation.of(command, fieldOf(domain), "required", "Geef een score voor " + domain.label() + ".");
            }
            if (score < 1 || score > 5) {
                throw RuleViolation.of(command, fieldOf(domain), "range", "De score voor " + domain.label() + " ligt tussen 1 en 5.");
            }
            scores.put(domain, ZrmScore.ofNumber(score));
        }
        return scores;
    }

    /** Checks typed scores: all 13 present. */
    static void requireComplete(Map<ZrmDomain, ZrmScore> scores, String version, Class<?> command) {
        Map<ZrmDomain, @Nullable Integer> raw = new EnumMap<>(ZrmDomain.class);
        scores.forEach((d, s) -> raw.put(d, s.number()));
        check(raw, version, command);
    }

    /** The domains with the lowest score (at most three), in matrix order. */
    static List<ZrmDomain> lowest(Map<ZrmDomain, ZrmScore> scores) {
        int min = scores.values().stream().mapToInt(ZrmScore::number).min().orElse(0);
        return scores.entrySet().stream().filter(e -> e.getValue().number() == min).map(Map.Entry::getKey).limit(3).toList();
    }

    /** Later minus earlier score per domain (positive = more self-sufficient). */
    static Map<ZrmDomain, Integer> change(Map<ZrmDomain, ZrmScore> earlier, Map<ZrmDomain, ZrmScore> later) {
        Map<ZrmDomain, Integer> result = new EnumMap<>(ZrmDomain.class);
        for (ZrmDomain d : ZrmDomain.values()) {
            if (earlier.containsKey(d) && later.containsKey(d)) {
                result.put(d, later.get(d).number() - earlier.get(d).number());
            }
        }
        return result;
    }

    /** The record component name of a domain's score in {@link DiagnosisCommands.ZrmChange}. */
    static String fieldOf(ZrmDomain domain) {
        String name = domain.name().toLowerCase();
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    static List<Integer> numbers(Map<ZrmDomain, ZrmScore> scores) {
        List<Integer> result = new ArrayList<>();
        for (ZrmDomain d : ZrmDomain.values()) {
            result.add(scores.containsKey(d) ? scores.get(d).number() : null);
        }
        return result;
    }
}
