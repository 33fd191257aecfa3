package nl.opstap.matching;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The Dutch explanation of a result, one line per criterion: its name, what the fit means for this pair and the
 * points it adds (fit × weight). The same text is shown on screen, given in the API and logged with a decision.
 */
final class ExplanationText {

    private ExplanationText() {}

    static List<MatchResult.Line> of(Match m) {
        return m.contributions().stream().map(c -> new MatchResult.Line(c.criterion(), label(c.criterion()),
                explain(c.criterion(), c.fit(), m), round(c.points()), round(c.weight()))).toList();
    }

    /** The whole breakdown in one line, as logged with a decision. */
    static String summary(Match m) {
        StringBuilder out = new StringBuilder("Score " + number(m.score()));
        for (MatchResult.Line line : of(m)) {
            out.append(" | ").append(line.label()).append(": ").append(line.explanation()).append(" (")
                    .append(number(line.points())).append(" van ").append(number(line.maxPoints())).append(')');
        }
        return out.length() > 4000 ? out.substring(0, 4000) : out.toString();
    }

    static String label(String code) {
        return switch (code) {
            case "occupation" -> "Beroep";
            case "requiredSkills" -> "Vereiste vaardigheden";
            case "desiredSkills" -> "Gewenste vaardigheden";
            case "sector" -> "Sector";
            case "education" -> "Opleidingsniveau";
            case "experience" -> "Werkervaring";
            case "testResult" -> "Testuitslag";
            case "ladderStep" -> "Trede participatieladder";
            case "distance" -> "Afstand";
            default -> code;
        };
    }

    private static String explain(String code, double fit, Match m) {
        int have = m.matchedRequiredSkills().length;
        int wanted = have + m.missingRequiredSkills().length;
        return switch (code) {
            case "occupation" -> fit > 0 ? "het beroep is een van de interesses" : "het beroep staat niet bij de interesses";
            case "requiredSkills" -> wanted == 0 ? "geen vaardigheden vereist" : have + " van de " + wanted + " vereiste vaardigheden aanwezig";
            case "desiredSkills" -> m.desiredSkillCount() == 0 ? "geen vaardigheden gewenst"
                    : Math.round(fit * m.desiredSkillCount()) + " van de " + m.desiredSkillCount() + " gewenste vaardigheden aanwezig";
            case "sector" -> fit > 0 ? "de sector is een voorkeurssector" : "de sector is geen voorkeurssector";
            case "education" -> fit >= 1 ? "voldoet aan het gevraagde niveau" : fit > 0 ? "één niveau onder het gevraagde" : "lager dan gevraagd";
            case "experience" -> fit > 0 ? "heeft in dit beroep gewerkt" : "geen werkervaring in dit beroep";
            case "testResult" -> fit <= 0 ? "geen praktijk- of sectorassessment met categorie"
                    : "assessment categorie " + Math.round(4 - fit * 3);
            case "ladderStep" -> "trede " + (Math.round(fit * 5) + 1) + " van 6";
            case "distance" -> number(m.distanceKm()) + " km";
            default -> "";
        };
    }

    static String number(double v) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.forLanguageTag("nl-NL"));
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(1);
        return f.format(v);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
