package nl.opstap.placement;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Rule: some placements take a person whole, so a second one of the same type cannot run at the same time: an
 * afspraakbaan (one registration in the doelgroepregister), a werkervaringsplaats, beschut werk and dagbesteding.
 * Regular work, education and secondment may overlap (two part-time jobs, a course beside work).
 */
final class OverlappingPlacements {

    static final Set<PlacementType> ONE_AT_A_TIME = EnumSet.of(PlacementType.AFSPRAAKBAAN, PlacementType.WORK_EXPERIENCE,
            PlacementType.SHELTERED_WORK, PlacementType.DAY_ACTIVITIES);

    /** A placement already in the file: its type and period (end null while it runs). */
    record Existing(PlacementType type, LocalDate start, @Nullable LocalDate end) {}

    private OverlappingPlacements() {}

    static void check(List<Existing> existing, PlacementType type, LocalDate start, @Nullable LocalDate end) {
        if (!ONE_AT_A_TIME.contains(type)) {
            return;
        }
        for (Existing e : existing) {
            boolean overlaps = (e.end() == null || !e.end().isBefore(start)) && (end == null || !end.isBefore(e.start()));
            if (e.type() == type && overlaps) {
                throw RuleViolation.conflict(null, "type", "overlap", "Deze werkzoekende heeft in die periode al een plaatsing "
                        + type.label().toLowerCase(java.util.Locale.ROOT) + "; daarvan kan er maar één tegelijk lopen.");
            }
        }
    }
}
