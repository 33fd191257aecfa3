package nl.opstap.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule: the score breakdown logged with a proposal ("Score 72,3 | Beroep: … (20,0 van 20,0) | …", see
 * {@link ExplanationText#summary}) retold for the job seeker in plain (B1) Dutch: what fits and what fits less, without
 * points, weights or jargon such as "trede". Unknown or unreadable parts are left out rather than guessed.
 */
final class PlainExplanation {

    /** What fits and what fits less, each a short sentence. */
    record Told(List<String> fits, List<String> fitsLess) {}

    private static final Pattern PART = Pattern.compile("^(.+?): (.*) \\(([0-9.,]+) van ([0-9.,]+)\\)$");
    private static final Pattern COUNT = Pattern.compile("(\\d+) van de (\\d+)");

    private PlainExplanation() {}

    static Told of(String breakdown) {
        List<String> fits = new ArrayList<>();
        List<String> less = new ArrayList<>();
        for (String part : breakdown.split(" \\| ")) {
            Matcher m = PART.matcher(part.strip());
            if (!m.matches()) {
                continue;
            }
            boolean scored = !m.group(3).equals("0,0") && !m.group(3).equals("0");
            String sentence = sentence(m.group(1), m.group(2), scored);
            if (!sentence.isEmpty()) {
                (scored ? fits : less).add(sentence);
            }
        }
        return new Told(fits, less);
    }

    private static String sentence(String label, String said, boolean scored) {
        Matcher count = COUNT.matcher(said);
        String have = count.find() ? count.group(1) + " van de " + count.group(2) : null;
        return switch (label) {
            case "Beroep" -> scored ? "Dit beroep past bij wat u graag wilt doen." : "Dit beroep staat niet bij wat u graag wilt doen.";
            case "Vereiste vaardigheden" -> said.startsWith("geen") ? ""
                    : "U heeft " + have + " vaardigheden die de werkgever vraagt.";
            case "Gewenste vaardigheden" -> said.startsWith("geen") ? ""
                    : "U heeft " + have + " vaardigheden die de werkgever fijn vindt.";
            case "Sector" -> scored ? "Het werk is in een sector waar u graag werkt." : "Het werk is niet in een sector die u koos.";
            case "Opleidingsniveau" -> said.startsWith("voldoet") ? "Uw opleiding past bij wat de werkgever vraagt."
                    : said.startsWith("één") ? "Uw opleiding is één niveau lager dan de werkgever vraagt."
                    : "Uw opleiding is lager dan de werkgever vraagt.";
            case "Werkervaring" -> scored ? "U heeft eerder in dit beroep gewerkt." : "U heeft nog niet in dit beroep gewerkt.";
            case "Testuitslag" -> scored ? "Een test of praktijkopdracht laat zien dat dit werk bij u past." : "";
            case "Afstand" -> "Het werk is " + said + " van uw huis.";
            default -> "";
        };
    }
}
