package nl.opstap.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.StaleVersionException;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a job seeker's portfolio. Created and changed only through checked forms; a change names the version it
 * was made on, so of two people editing at once the second is told someone else changed it (nothing lost silently).
 */
public record PortfolioEntry(PortfolioEntryId id, ClientId client, MunicipalityCode municipality, PortfolioSection section,
                             String title, String place, @Nullable String level, @Nullable String skillKey,
                             @Nullable LocalDate from, @Nullable LocalDate to, boolean diploma, String body, int version,
                             Instant changedAt) {

    /** A new entry from a form already checked by {@link PortfolioEntryRules}; skill entries carry their label as title. */
    static PortfolioEntry create(ClientId client, MunicipalityCode municipality, PortfolioSection section, PortfolioEntryForm checked,
                                 Instant now) {
        return of(new PortfolioEntryId(UUID.randomUUID()), client, municipality, section, checked, 1, now);
    }

    /** This entry changed to the checked form, if the form was made on the current version. */
    PortfolioEntry changedTo(PortfolioEntryForm checked, Instant now) {
        requireVersion(checked.version());
        return of(id, client, municipality, section, checked, version + 1, now);
    }

    /** Throws when the caller's version is not the current one. */
    void requireVersion(@Nullable Integer expected) {
        if (expected == null || expected != version) {
            throw new StaleVersionException("Dit onderdeel", version);
        }
    }

    private static PortfolioEntry of(PortfolioEntryId id, ClientId client, MunicipalityCode municipality, PortfolioSection section,
                                     PortfolioEntryForm f, int version, Instant now) {
        String skill = f.skill() == null || f.skill().isEmpty() ? null : f.skill();
        return new PortfolioEntry(id, client, municipality, section, nonNull(f.title()), nonNull(f.place()), f.level(),
                section == PortfolioSection.VAARDIGHEID ? skill : null, f.from(), f.to(), Boolean.TRUE.equals(f.diploma()),
                nonNull(f.body()), version, now);
    }

    private static String nonNull(@Nullable String text) {
        return text == null ? "" : text;
    }

    /** The message key of the level: an education level or an application status; null when none. */
    public @Nullable String levelKey() {
        if (level == null || level.isEmpty()) {
            return null;
        }
        if (section == PortfolioSection.SOLLICITATIE) {
            return "portfolio.status." + level.toLowerCase(java.util.Locale.ROOT);
        }
        return java.util.Arrays.stream(nl.opstap.client.EducationLevel.values()).filter(l -> l.code().equalsIgnoreCase(level))
                .findFirst().map(l -> "education." + l.name()).orElse(null);
    }

    /** The entry as a form for editing, at its current version. */
    PortfolioEntryForm toForm() {
        return new PortfolioEntryForm(section.code(), title, place, level, skillKey, from, to, diploma, body, version);
    }
}
