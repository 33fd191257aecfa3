package nl.opstap.portfolio;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.opstap.client.CandidateFacts;
import nl.opstap.client.EducationLevel;
import nl.opstap.client.MatchingFacts;
import org.jspecify.annotations.Nullable;

/**
 * Rule: what of a client goes into the anonymous profile. Only the facts below are copied; name, BSN, address,
 * postcode, birth date (and so age) and gender are never read from the client's facts. The region is the first two
 * digits of the postcode, used only to filter, never shown. Experience counts whole years of past occupations,
 * without employer names.
 */
final class ProfileAnonymiser {

    static final int PITCH_MAX = 500;

    /** The facts a profile is made of, as other modules hold them. */
    record Sources(CandidateFacts facts, String municipalityName, List<String> skills, List<String> sectors,
                   List<Experience> experience) {}

    /** A past or current occupation (ESCO label) and its period. */
    record Experience(String occupation, LocalDate from, @Nullable LocalDate to) {}

    private ProfileAnonymiser() {}

    static Profile profile(String number, Sources s, @Nullable String pitch, LocalDate today) {
        MatchingFacts f = s.facts().facts();
        EducationLevel education = s.facts().educationLevel();
        ProfileCard card = new ProfileCard(number, s.municipalityName(), education == null ? null : education.code(),
                education != null && education.isStartQualification(), distinct(s.skills()), distinct(s.sectors()),
                distinct(s.experience().stream().map(Experience::occupation).toList()), years(s.experience(), today),
                f.hoursPerWeek(), f.maxTravelKm(), f.availableFrom(), Boolean.TRUE.equals(f.drivingLicence()), cleanPitch(pitch));
        return new Profile(s.facts().id(), s.facts().municipality(), true, region(s.facts().postcode()), card);
    }

    /** The job seeker's own words: trimmed, at most {@link #PITCH_MAX} characters, blank is none. Escaped when shown. */
    static @Nullable String cleanPitch(@Nullable String pitch) {
        if (pitch == null || pitch.isBlank()) {
            return null;
        }
        String clean = pitch.strip().replaceAll("[\\p{Cntrl}&&[^\\n]]", "");
        return clean.length() > PITCH_MAX ? clean.substring(0, PITCH_MAX) : clean;
    }

    static @Nullable String region(@Nullable String postcode) {
        return postcode != null && postcode.length() >= 2 && Character.isDigit(postcode.charAt(0)) ? postcode.substring(0, 2) : null;
    }

    static int years(List<Experience> experience, LocalDate today) {
        long days = experience.stream().mapToLong(e -> ChronoUnit.DAYS.between(e.from(), e.to() == null || e.to().isAfter(today)
                ? today : e.to())).filter(d -> d > 0).sum();
        return (int) (days / 365);
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().filter(v -> v != null && !v.isBlank()).distinct().sorted().toList();
    }
}
