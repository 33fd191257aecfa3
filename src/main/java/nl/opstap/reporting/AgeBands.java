package nl.opstap.reporting;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Rule: a person's age on the reference date is the whole years completed by that day, so someone is at least
 * {@code n} when born on or before the reference date {@code n} years earlier (a leap-day birthday counts from 28
 * February in other years, as {@link java.time.LocalDate#minusYears} does). Bands follow each other without gap or
 * overlap; the SQL compares the date of birth with those dates, which an index on the date of birth can use.
 */
final class AgeBands {

    /** A band from {@code from} years up to (not including) {@code below}, or without upper bound. */
    record Band(String code, int from, @Nullable Integer below) {}

    /** The monitoring set's bands: young people (under 27), 27–49, 50–54, 55 and older. */
    static final List<Band> MONITORING = List.of(new Band("TOT_27", 0, 27), new Band("27_TOT_50", 27, 50),
            new Band("50_TOT_55", 50, 55), new Band("55_PLUS", 55, null));

    private AgeBands() {}

    static List<String> codes(List<Band> bands) {
        return bands.stream().map(Band::code).toList();
    }

    /** SQL: whether the person born on {@code birth} is at least {@code years} old on the reference date. */
    static String atLeast(String birth, int years) {
        return birth + " <= " + yearsBefore(years);
    }

    /** SQL: whether the person born on {@code birth} is younger than {@code years} on the reference date. */
    static String below(String birth, int years) {
        return birth + " > " + yearsBefore(years);
    }

    /** SQL: the code of the band the person born on {@code birth} falls in on the reference date. */
    static String caseOf(String birth, List<Band> bands) {
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            Integer below = band.below();
            boolean last = i == bands.size() - 1;
            if ((below == null) != last || i > 0 && !Integer.valueOf(band.from()).equals(bands.get(i - 1).below())) {
                throw new IllegalArgumentException("age bands must follow each other, the last without upper bound");
            }
            sql.append(below == null ? " ELSE '" : " WHEN " + below(birth, below) + " THEN '").append(band.code()).append("'");
        }
        return sql.append(" END").toString();
    }

    private static String yearsBefore(int years) {
        return "CAST(:peildatum AS DATE) - INTERVAL '" + years + "' YEAR";
    }
}
