package nl.opstap.diagnosis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.opstap.client.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * One diagnosis fact to record: for whom, what, from which date. {@code to} is only honoured by
 * {@link Diagnoses#recordHistory} (a history loaded as a whole, with gaps where nothing held); when
 * recording one fact, a chained fact holds until the next one of its kind starts. {@code recordedAt}
 * defaults to now; imports and demo data may set when it was recorded.
 */
public sealed interface FactRecord {

    ClientId client();

    /** The date the fact holds from (for a test: the date it was taken). */
    LocalDate from();

    /** The date it stops holding (exclusive), or null. */
    default @Nullable LocalDate to() {
        return null;
    }

    @Nullable Instant recordedAt();

    FactKind kind();

    /** The value as short Dutch text, for timelines and lists. */
    String summary();

    record SituationFact(ClientId client, CurrentSituation situation, LocalDate from, @Nullable LocalDate to,
                         @Nullable Instant recordedAt) implements FactRecord {
        public SituationFact(ClientId client, CurrentSituation situation, LocalDate from) {
            this(client, situation, from, null, null);
        }

        public FactKind kind() {
            return FactKind.SITUATION;
        }

        public String summary() {
            return situation.label();
        }
    }

    record PerspectiveFact(ClientId client, Perspective perspective, LocalDate from, @Nullable LocalDate to,
                           @Nullable Instant recordedAt) implements FactRecord {
        public PerspectiveFact(ClientId client, Perspective perspective, LocalDate from) {
            this(client, perspective, from, null, null);
        }

        public FactKind kind() {
            return FactKind.PERSPECTIVE;
        }

        public String summary() {
            return perspective.label() + (perspective.hasWorkCapacity() ? " (arbeidsvermogen)" : "");
        }
    }

    record LadderFact(ClientId client, LadderStep step, LocalDate from, @Nullable LocalDate to,
                      @Nullable Instant recordedAt) implements FactRecord {
        public LadderFact(ClientId client, LadderStep step, LocalDate from) {
            this(client, step, from, null, null);
        }

        public FactKind kind() {
            return FactKind.LADDER;
        }

        public String summary() {
            return "Trede " + step.number() + ": " + step.label();
        }
    }

    /** One to three sector codes of the client's organisation's list. */
    record SectorsFact(ClientId client, List<String> sectors, LocalDate from, @Nullable LocalDate to,
                       @Nullable Instant recordedAt) implements FactRecord {
        public SectorsFact {
            sectors = List.copyOf(sectors);
        }

        public SectorsFact(ClientId client, List<String> sectors, LocalDate from) {
            this(client, sectors, from, null, null);
        }

        public FactKind kind() {
            return FactKind.SECTORS;
        }

        public String summary() {
            return String.join(", ", sectors);
        }
    }

    /** A ZRM assessment on {@code from}: all 13 domains scored, with the matrix's version (e.g. "ZRM 2017"). */
    record ZrmFact(ClientId client, String version, Map<ZrmDomain, ZrmScore> scores, LocalDate from, @Nullable LocalDate to,
                   @Nullable Instant recordedAt) implements FactRecord {
        public ZrmFact {
            scores = scores.isEmpty() ? Map.of() : new EnumMap<>(scores);
        }

        public ZrmFact(ClientId client, Map<ZrmDomain, ZrmScore> scores, LocalDate from) {
            this(client, ZrmAssessment.VERSION_2017, scores, from, null, null);
        }

        public FactKind kind() {
            return FactKind.ZRM;
        }

        public String summary() {
            return version + ", laagst: " + String.join(", ", ZrmAssessment.lowest(scores).stream().map(ZrmDomain::label).toList());
        }
    }

    /** A test or assessment taken on {@code from}, with its result and, for workshop assessments, a category. */
    record TestFact(ClientId client, TestType type, String provider, LocalDate from, String result,
                    @Nullable AssessmentCategory category, @Nullable Instant recordedAt) implements FactRecord {
        public FactKind kind() {
            return FactKind.TEST;
        }

        public String summary() {
            return type.label() + " (" + provider + "): " + result + (category == null ? "" : " – " + category.label());
        }
    }

    /** An ESCO occupation of interest or experience, from a date and optionally until one. */
    record OccupationFact(ClientId client, String uri, OccupationKind occupationKind, LocalDate from, @Nullable LocalDate to,
                          @Nullable Instant recordedAt) implements FactRecord {
        public FactKind kind() {
            return FactKind.OCCUPATION;
        }

        public String summary() {
            return occupationKind.label() + ": " + uri;
        }
    }
}
