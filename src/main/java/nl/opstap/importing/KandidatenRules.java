package nl.opstap.importing;

import java.time.LocalDate;
import java.util.List;
import nl.opstap.portfolio.ProfileCard;
import org.jspecify.annotations.Nullable;

/**
 * Rules of the Kandidatenverkenner export (UWV, doelgroepregister): which columns a candidate has and how a published
 * profile fills them, and how a cell is made safe for spreadsheets. Only the published snapshot goes out (what the job
 * seeker saw and agreed to, ADR 0015): never a name, BSN, birth date, age, gender, address, postcode, phone or e-mail,
 * and the kandidaatnummer is the profile's random K-number, never a client id.
 */
final class KandidatenRules {

    /** The header row, in the order of {@link #row}. */
    static final List<String> HEADER = List.of("Kandidaatnummer", "Gemeente", "Opleidingsniveau", "Startkwalificatie",
            "Werkervaring (beroepen)", "Jaren werkervaring", "Vaardigheden", "Sectoren", "Uren per week", "Beschikbaar per",
            "Rijbewijs", "Maximale reisafstand (km)", "Korte omschrijving");

    private KandidatenRules() {}

    /** One candidate's cells: texts, whole numbers (Integer) or empty (null). Lists are joined with ", ". */
    static List<@Nullable Object> row(ProfileCard card) {
        return java.util.Arrays.asList(card.number(), card.municipality(), educationLevel(card.educationLevel()),
                yesNo(card.startQualification()), join(card.occupations()), card.occupations().isEmpty() ? null : card.experienceYears(),
                join(card.skills()), join(card.sectors()), card.hoursPerWeek(), date(card.availableFrom()), yesNo(card.drivingLicence()),
                card.maxTravelKm(), card.pitch() == null ? null : card.pitch().replaceAll("\\s+", " ").strip());
    }

    /**
     * Rule: a text cell that a spreadsheet could run as a formula (starting with = + - @, or a tab or carriage return
     * before one) gets a leading apostrophe, so it is shown as text (OWASP CSV injection).
     */
    static String neutralise(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The education level as the screens name it (the profile stores the code, e.g. "mbo-2"). */
    static @Nullable String educationLevel(@Nullable String code) {
        if (code == null) {
            return null;
        }
        return code.isEmpty() ? null : Character.toUpperCase(code.charAt(0)) + code.substring(1);
    }

    private static String yesNo(boolean value) {
        return value ? "ja" : "nee";
    }

    private static @Nullable String join(List<String> values) {
        return values.isEmpty() ? null : String.join(", ", values);
    }

    private static @Nullable String date(@Nullable LocalDate date) {
        return date == null ? null : nl.opstap.shared.web.Formats.DATE.format(date);
    }
}
