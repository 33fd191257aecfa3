package nl.opstap.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Dutch date formats for the screens, as {@code ${@fmt.date(...)}} in templates. */
@Component("fmt")
public class Formats {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** The one Dutch date notation, for texts built in Java (worklist items, timeline details, messages). */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(AMSTERDAM);

    public String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String date(@Nullable Instant instant) {
        return instant == null ? "" : DATE.withZone(AMSTERDAM).format(instant);
    }

    public String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** "8331AB" as "8331 AB". */
    public String postcode(@Nullable String postcode) {
        return postcode == null || postcode.length() != 6 ? (postcode == null ? "" : postcode)
                : postcode.substring(0, 4) + " " + postcode.substring(4);
    }
}
