package nl.opstap.portfolio;

import java.time.LocalDate;
import java.util.Locale;
import nl.opstap.client.EducationLevel;
import nl.opstap.shared.domain.Coded;
import org.jspecify.annotations.Nullable;

/**
 * The employer's filters on published profiles (all optional). Education is a minimum level; the postcode (4 digits)
 * narrows to profiles of the same region (first two digits) whose travel distance reaches at least {@code travelKm}.
 */
record ProfileFilter(@Nullable String education, @Nullable String skill, @Nullable String sector, @Nullable Integer hoursMin,
                     @Nullable String postcode, @Nullable Integer travelKm, @Nullable LocalDate availableBy) {

    static ProfileFilter none() {
        return new ProfileFilter(null, null, null, null, null, null, null);
    }

    boolean matches(Profile profile) {
        ProfileCard c = profile.card();
        return atLeast(c.educationLevel()) && contains(c.skills(), skill) && contains(c.sectors(), sector)
                && (hoursMin == null || c.hoursPerWeek() != null && c.hoursPerWeek() >= hoursMin)
                && (postcode == null || postcode.isBlank() || postcode.strip().length() >= 2
                        && postcode.strip().substring(0, 2).equals(profile.region()))
                && (travelKm == null || c.maxTravelKm() != null && c.maxTravelKm() >= travelKm)
                && (availableBy == null || c.availableFrom() == null || !c.availableFrom().isAfter(availableBy));
    }

    private boolean atLeast(@Nullable String level) {
        if (education == null || education.isBlank()) {
            return true;
        }
        try {
            EducationLevel wanted = Coded.fromCode(EducationLevel.class, education);
            return level != null && Coded.fromCode(EducationLevel.class, level).compareTo(wanted) >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean contains(java.util.List<String> values, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return values.stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(wanted));
    }
}
