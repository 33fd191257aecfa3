package nl.opstap.activity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The API's Dutch representations of activities, dropout reasons and participations. */
final class ActivityResources {

    private ActivityResources() {}

    record ActivityResource(@JsonProperty("id") UUID id, @JsonProperty("naam") String name, @JsonProperty("soort") ActivityKind kind,
                            @JsonProperty("aanbieder") @Nullable String provider, @JsonProperty("capaciteit") @Nullable Integer capacity,
                            @JsonProperty("duurInWeken") @Nullable Integer durationWeeks,
                            @JsonProperty("omschrijving") @Nullable String description, @JsonProperty("actief") boolean active,
                            @JsonProperty("huidigeDeelnemers") int current, @JsonProperty("vrijePlaatsen") @Nullable Integer free,
                            @JsonProperty("vol") boolean full) {

        static ActivityResource of(CatalogueRow row) {
            Activity a = row.activity();
            return new ActivityResource(a.id().value(), a.name(), a.kind(), a.provider(), a.capacity(), a.durationWeeks(),
                    a.description(), a.active(), row.current(), row.free(), row.isFull());
        }
    }

    record ReasonResource(@JsonProperty("id") UUID id, @JsonProperty("naam") String name, @JsonProperty("actief") boolean active) {

        static ReasonResource of(DropoutReason r) {
            return new ReasonResource(r.id().value(), r.name(), r.active());
        }
    }

    record ParticipationResource(@JsonProperty("id") UUID id, @JsonProperty("activiteitId") UUID activity,
                                 @JsonProperty("activiteit") String activityName, @JsonProperty("soort") ActivityKind kind,
                                 @JsonProperty("startdatum") LocalDate start, @JsonProperty("geplandeEinddatum") @Nullable LocalDate plannedEnd,
                                 @JsonProperty("werkelijkeEinddatum") @Nullable LocalDate actualEnd,
                                 @JsonProperty("resultaat") @Nullable ParticipationResult result,
                                 @JsonProperty("uitvalreden") @Nullable String dropoutReason,
                                 @JsonProperty("praktijkverklaring") boolean certificate,
                                 @JsonProperty("praktijkverklaringOmschrijving") @Nullable String certificateDescription,
                                 @JsonProperty("praktijkverklaringDatum") @Nullable LocalDate certificateDate,
                                 @JsonProperty("toelichting") @Nullable String notes) {

        static ParticipationResource of(Participation p) {
            return new ParticipationResource(p.id().value(), p.activity().value(), p.activityName(), p.activityKind(), p.startDate(),
                    p.plannedEnd(), p.actualEnd(), p.result(), p.dropoutReasonName(), p.certificate(), p.certificateDescription(),
                    p.certificateDate(), p.notes());
        }
    }
}
