package nl.opstap.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.opstap.client.EducationLevel;
import nl.opstap.shared.domain.Coded;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.RuleViolation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * What each section needs (rule, seed 004 §4.1.2): required fields, lengths, dates in order and known codes. Text is
 * kept as typed (markup stays text and is escaped on output) but control characters other than line breaks and tabs
 * are dropped, since PostgreSQL refuses a NUL and nobody types one.
 */
final class PortfolioEntryRules {

    static final int SHORT = 150;
    static final int LONG = 2000;
    static final int LETTER = 4000;
    private static final LocalDate EARLIEST = LocalDate.of(1940, 1, 1);

    private PortfolioEntryRules() {}

    /** The form cleaned up for the section, or a {@link RuleViolation} naming every field that is wrong. */
    static PortfolioEntryForm check(PortfolioSection section, PortfolioEntryForm form, LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        String title = clean(form.title());
        String place = clean(form.place());
        String body = clean(form.body());
        String level = clean(form.level());
        switch (section) {
            case OPLEIDING -> {
                required(problems, "title", title, SHORT, "Vul de naam van de opleiding in.");
                required(problems, "place", place, SHORT, "Vul de naam van de school in.");
                known(problems, level, EducationLevel.class, "Kies een niveau uit de lijst.");
            }
            case WERKERVARING -> {
                required(problems, "title", title, SHORT, "Vul uw functie in.");
                required(problems, "place", place, SHORT, "Vul de naam van de werkgever in.");
                requiredDate(problems, form.from(), "Vul in wanneer u begon.");
            }
            case VAARDIGHEID -> required(problems, "skill", clean(form.skill()), 300, "Kies een vaardigheid.");
            case LEERPUNT -> required(problems, "body", body, LONG, "Schrijf op wat u heeft geleerd.");
            case SOLLICITATIE -> {
                required(problems, "place", place, SHORT, "Vul in waar u solliciteerde.");
                required(problems, "title", title, SHORT, "Vul de functie in.");
                requiredDate(problems, form.from(), "Vul de datum van de sollicitatie in.");
                if (level.isEmpty()) {
                    problems.add(new Violation("level", "required", "Kies hoe het ervoor staat."));
                }
                known(problems, level, PortfolioApplicationStatus.class, "Kies hoe het ervoor staat.");
            }
            case REFERENTIE -> {
                required(problems, "title", title, SHORT, "Vul de naam in van wie de referentie schrijft.");
                required(problems, "body", body, LETTER, "Vul de tekst van de referentie in.");
            }
        }
        maxLength(problems, "title", title, SHORT);
        maxLength(problems, "place", place, SHORT);
        maxLength(problems, "body", body, section == PortfolioSection.REFERENTIE ? LETTER : LONG);
        dates(problems, form.from(), form.to(), today);
        if (!problems.isEmpty()) {
            throw RuleViolation.all(PortfolioEntryForm.class, problems.stream().distinct().toList());
        }
        return new PortfolioEntryForm(section.code(), title, place, level.isEmpty() ? null : level, clean(form.skill()), form.from(),
                form.to(), section == PortfolioSection.OPLEIDING && Boolean.TRUE.equals(form.diploma()), body, form.version());
    }

    /** Strips the text and drops control characters except line breaks and tabs; null becomes empty. */
    static String clean(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\r\n", "\n").codePoints().filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
    }

    private static void required(List<Violation> problems, String field, String value, int max, String message) {
        if (value.isEmpty()) {
            problems.add(new Violation(field, "required", message));
        }
        maxLength(problems, field, value, max);
    }

    private static void maxLength(List<Violation> problems, String field, String value, int max) {
        if (value.length() > max) {
            problems.add(new Violation(field, "length", "Dit is te lang: gebruik ten hoogste " + max + " tekens."));
        }
    }

    private static void requiredDate(List<Violation> problems, @Nullable LocalDate date, String message) {
        if (date == null) {
            problems.add(new Violation("from", "required", message));
        }
    }

    private static <E extends Enum<E> & Coded> void known(List<Violation> problems, String code, Class<E> type, String message) {
        if (!code.isEmpty() && Coded.codesOf(type).stream().noneMatch(c -> c.equalsIgnoreCase(code))) {
            problems.add(new Violation("level", "unknown", message));
        }
    }

    private static void dates(List<Violation> problems, @Nullable LocalDate from, @Nullable LocalDate to, LocalDate today) {
        LocalDate latest = today.plusYears(5);
        if (from != null && (from.isBefore(EARLIEST) || from.isAfter(latest))) {
            problems.add(new Violation("from", "range", "Deze datum klopt niet. Kijk het jaar na."));
        }
        if (to != null && (to.isBefore(EARLIEST) || to.isAfter(latest))) {
            problems.add(new Violation("to", "range", "Deze datum klopt niet. Kijk het jaar na."));
        }
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new Violation("to", "order", "De einddatum ligt voor de begindatum."));
        }
    }
}
