package nl.opstap.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.client.ClientId;
import org.jspecify.annotations.Nullable;

/** A plan (one version of it) in the API. */
record PlanResource(@JsonProperty("id") UUID id, @JsonProperty("status") PlanStatus status,
                    @JsonProperty("versie") int version, @JsonProperty("opgesteldOp") LocalDate startedOn,
                    @JsonProperty("datum") LocalDate effectiveOn, @JsonProperty("reden") @Nullable String reason,
                    @JsonProperty("vastgelegdDoor") String recordedBy, @JsonProperty("vastgelegdOp") Instant recordedAt,
                    @JsonProperty("inhoud") PlanContent content, @JsonProperty("_links") Map<String, Map<String, String>> links) {

    static PlanResource of(ClientId client, Plan plan, PlanVersion v) {
        String base = "/api/v1/werkzoekenden/" + client + "/plan";
        return new PlanResource(plan.id().value(), v.status(), v.number(), plan.startedOn(), v.effectiveOn(), v.reason(),
                v.recordedByName(), v.recordedAt(), v.content(), Map.of("self", Map.of("href", base + "/versies/" + v.number()),
                        "pdf", Map.of("href", base + "/versies/" + v.number() + "/pdf"), "versies", Map.of("href", base + "/versies")));
    }

    /** The version a job seeker reads of their own plan, with links to their own pages only. */
    static PlanResource ownOf(Plan plan, PlanVersion v) {
        return new PlanResource(plan.id().value(), v.status(), v.number(), plan.startedOn(), v.effectiveOn(), v.reason(),
                v.recordedByName(), v.recordedAt(), v.content(), Map.of("self", Map.of("href", "/api/v1/mijn/plan"),
                        "pdf", Map.of("href", "/mijn-plan/pdf")));
    }

    /** A version in the list of versions. */
    record Version(@JsonProperty("versie") int version, @JsonProperty("status") PlanStatus status,
                   @JsonProperty("datum") LocalDate effectiveOn, @JsonProperty("reden") @Nullable String reason,
                   @JsonProperty("vastgelegdDoor") String recordedBy, @JsonProperty("vastgelegdOp") Instant recordedAt) {

        static Version of(PlanVersion v) {
            return new Version(v.number(), v.status(), v.effectiveOn(), v.reason(), v.recordedByName(), v.recordedAt());
        }
    }

    record Versions(@JsonProperty("versies") List<Version> versions) {}

    /** A revision of a fixed plan: the new content, why, and from when (default today). */
    @Schema(name = "PlanRevision")
    record Revision(@JsonProperty("inhoud") @NotNull(message = "{plan.content.required}") @Valid @Nullable PlanContent content,
                    @JsonProperty("reden") @Size(max = Plan.MAX_REASON, message = "{plan.reason.size}") @Nullable String reason,
                    @JsonProperty("datum") @Nullable LocalDate on) {}
}
