package nl.opstap.diagnosis;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.opstap.client.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * What screens and the API send to record or correct a diagnosis fact. Component names are unique across
 * the forms (they become field ids on one page); JSON names are Dutch. {@code reden} is required only
 * for a correction.
 */
public final class DiagnosisCommands {

    private DiagnosisCommands() {}

    public interface Change {
        FactRecord toFact(ClientId client);

        @Nullable String reason();

        FactRecorder.Target target();
    }

    public record SituationChange(
            @JsonProperty("situatie") @NotNull(message = "{diagnosis.situation.required}") @Nullable CurrentSituation situation,
            @JsonProperty("ingangsdatum") @NotNull(message = "{diagnosis.from.required}") @Nullable LocalDate situationFrom,
            @JsonProperty("reden") @Size(max = 500, message = "{diagnosis.reason.size}") @Nullable String situationReason) implements Change {
        public FactRecord toFact(ClientId client) {
            return new FactRecord.SituationFact(client, situation, situationFrom);
        }

        public @Nullable String reason() {
            return situationReason;
        }

        public FactRecorder.Target target() {
            return new FactRecorder.Target(SituationChange.class, "situation", "situationFrom", "situationFrom", "situationReason");
        }
    }

    public record PerspectiveChange(
            @JsonProperty("perspectief") @NotNull(message = "{diagnosis.perspective.required}") @Nullable Perspective perspective,
            @JsonProperty("ingangsdatum") @NotNull(message = "{diagnosis.from.required}") @Nullable LocalDate perspectiveFrom,
            @JsonProperty("reden") @Size(max = 500, message = "{diagnosis.reason.size}") @Nullable String perspectiveReason) implements Change {
        public FactRecord toFact(ClientId client) {
            return new FactRecord.PerspectiveFact(client, perspective, perspectiveFrom);
        }

        public @Nullable String reason() {
            return perspectiveReason;
        }

        public FactRecorder.Target target() {
            return new FactRecorder.Target(PerspectiveChange.class, "perspective", "perspectiveFrom", "perspectiveFrom", "perspectiveReason");
        }
    }

    public record LadderChange(
            @JsonProperty("trede") @NotNull(message = "{diagnosis.ladder.required}") @Min(value = 1, message = "{diagnosis.ladder.range}")
            @Max(value = 6, message = "{diagnosis.ladder.range}") @Nullable Integer step,
            @JsonProperty("ingangsdatum") @NotNull(message = "{diagnosis.from.required}") @Nullable LocalDate ladderFrom,
            @JsonProperty("reden") @Size(max = 500, message = "{diagnosis.reason.size}") @Nullable String ladderReason) implements Change {
        public FactRecord toFact(ClientId client) {
            return new FactRecord.LadderFact(client, LadderStep.ofNumber(step), ladderFrom);
        }

        public @Nullable String reason() {
            return ladderReason;
        }

        public FactRecorder.Target target() {
            return new FactRecorder.Target(LadderChange.class, "step", "ladderFrom", "ladderFrom", "ladderReason");
        }
    }

    public record SectorChange(
            @JsonProperty("sectoren") @Nullable List<String> sectors,
            @JsonProperty("ingangsdatum") @NotNull(message = "{diagnosis.from.required}") @Nullable LocalDate sectorsFrom,
            @JsonProperty("reden") @Size(max = 500, message = "{diagnosis.reason.size}") @Nullable String sectorsReason) implements Change {
        public FactRecord toFact(ClientId client) {
            return new FactRecord.SectorsFact(client, sectors == null ? List.of() : sectors.stream().filter(s -> s != null && !s.isBlank()).toList(),
                    sectorsFrom);
        }

        public @Nullable String reason() {
            return sectorsReason;
        }

        public FactRecorder.Target target() {
            return new FactRecorder.Target(SectorChange.class, "sectors", "sectorsFrom", "sectorsFrom", "sectorsReason");
        }
    }

    /** A ZRM assessment: every domain's score 1–5 (JSON names as {@link ZrmDomain#code()}). */
    public record ZrmChange(
            @JsonProperty("versie") @NotBlank(message = "{diagnosis.zrm.version.required}") @Nullable String version,
            @JsonProperty("datum") @NotNull(message = "{diagnosis.from.required}") @Nullable LocalDate zrmOn,
            @JsonProperty("financien") @NotNull(message = "{diagnosis.zrm.required}") @Min(value = 1, message = "{diagnosis.zrm.range}") @Max(value = 5, message = "{diagnosis.zrm.range}") @Nullable Integer finances,
            @JsonProperty("werkOpleiding") @NotNull(message = "{diagnosis.zrm.required}") @Min(value = 1, message = "{diagnosis.zrm.range}") @Max(value = 5, message = "{diagnosis.zrm.range}") @Nullable Integer workEducation,
            @JsonProperty("tijdsbesteding") @NotNull(message = "{diagnosis.zrm.required}") @Min(value = 1, message = "{diagnosis.zrm.range}") @Max(value = 5, message = "{diagnosis.zrm.range}") @Nullable Integer timeUse,
            @JsonProperty("huisvesting") @NotNull(message = "{diagnosis.zrm.required}") @Min(value = 1, message = "{diagnosis.zrm.range}") @Max(value = 5, message = "{diagnosis.zrm.range}") @Nullable Integer housing,
            @JsonProperty("huiselijkeRelaties") @NotNull(message = "{diagnosis.zrm.required}") @Min(value = 1, message = "{diagnosis.zrm.range}") @Max(value = 5, message = "{diagnosis.zrm.range}") @Nullable Integer domesticRelations,
            @JsonProperty("geestelijkeGezondheid") @NotNull(message = "{diagnosis.zrm.required}") @Min(value = 1, message = "{diagnosis.zrm.range}") @Max(value = 5, message = "{diagnosis.zrm.range}") @Nullable Integer mentalHealth,
            @JsonProperty("lichamelijkeGezondheid") @NotNull(message = "{diagnosis.zrm.required}") @Min(value = 1, message = "{diagnosis.zrm.range}") @Max(value = 5, message = "{diagnosis.zrm.range}") @Nullable Integer physicalHealth,
            @JsonProperty("middelengebruik") @NotNull(message = "{diagnosis.zrm.required}") @Min(value = 1, message = "{diagnosis.zrm.range}") @Max(value = 5, message = "{diagnosis.zrm.range}") @Nullable Integer substanceUse,
            @JsonProperty("basaleAdl") @NotNull(message = "{diagnosis.zrm.required}") @Min(value = 1, message = "{diagnosis.zrm.range}") @Max(value = 5, message = "{diagnosis.zrm.range}") @Nullable Integer basicAdl,
            @JsonProperty("instrumenteleAdl") @NotNull(message = "{diagnosis.zrm.required}") @Min(value = 1, message = "{diagnosis.zrm.range}") @Max(value = 5, message = "{diagnosis.zrm.range}") @Nullable Integer instrumentalAdl,
            @JsonProperty("sociaalNetwerk") @NotNull(message = "{diagnosis.zrm.required}") @Min(value = 1, message = "{diagnosis.zrm.range}") @Max(value = 5, message = "{diagnosis.zrm.range}") @Nullable Integer socialNetwork,
            @JsonProperty("maatschappelijkeParticipatie") @NotNull(message = "{diagnosis.zrm.required}") @Min(value = 1, message = "{diagnosis.zrm.range}") @Max(value = 5, message = "{diagnosis.zrm.range}") @Nullable Integer socialParticipation,
            @JsonProperty("justitie") @NotNull(message = "{diagnosis.zrm.required}") @Min(value = 1, message = "{diagnosis.zrm.range}") @Max(value = 5, message = "{diagnosis.zrm.range}") @Nullable Integer justice,
            @JsonProperty("reden") @Size(max = 500, message = "{diagnosis.reason.size}") @Nullable String zrmReason) implements Change {

        Map<ZrmDomain, @Nullable Integer> raw() {
            Map<ZrmDomain, @Nullable Integer> raw = new EnumMap<>(ZrmDomain.class);
            Integer[] values = {finances, workEducation, timeUse, housing, domesticRelations, mentalHealth, physicalHealth, substanceUse,
                    basicAdl, instrumentalAdl, socialNetwork, socialParticipation, justice};
            for (ZrmDomain d : ZrmDomain.values()) {
                raw.put(d, values[d.ordinal()]);
            }
            return raw;
        }

        public FactRecord toFact(ClientId client) {
            String v = version == null ? "" : version.strip();
            return new FactRecord.ZrmFact(client, v, ZrmAssessment.check(raw(), v, ZrmChange.class), zrmOn, null, null);
        }

        public @Nullable String reason() {
            return zrmReason;
        }

        public FactRecorder.Target target() {
            return new FactRecorder.Target(ZrmChange.class, "version", "zrmOn", "zrmOn", "zrmReason");
        }

        static ZrmChange empty() {
            return new ZrmChange(ZrmAssessment.VERSION_2017, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null);
        }
    }

    public record TestChange(
            @JsonProperty("soort") @NotNull(message = "{diagnosis.test.type.required}") @Nullable TestType testType,
            @JsonProperty("aanbieder") @NotBlank(message = "{diagnosis.test.provider.required}") @Size(max = 200, message = "{diagnosis.test.provider.size}") @Nullable String provider,
            @JsonProperty("datum") @NotNull(message = "{diagnosis.from.required}") @Nullable LocalDate testOn,
            @JsonProperty("resultaat") @NotBlank(message = "{diagnosis.test.result.required}") @Size(max = 500, message = "{diagnosis.test.result.size}") @Nullable String result,
            @JsonProperty("categorie") @Min(value = 1, message = "{diagnosis.test.category.range}") @Max(value = 3, message = "{diagnosis.test.category.range}") @Nullable Integer category,
            @JsonProperty("reden") @Size(max = 500, message = "{diagnosis.reason.size}") @Nullable String testReason) implements Change {
        public FactRecord toFact(ClientId client) {
            return new FactRecord.TestFact(client, testType, provider.strip(), testOn, result.strip(),
                    category == null ? null : AssessmentCategory.values()[category - 1], null);
        }

        public @Nullable String reason() {
            return testReason;
        }

        public FactRecorder.Target target() {
            return new FactRecorder.Target(TestChange.class, "testType", "testOn", "testOn", "testReason");
        }
    }

    public record OccupationChange(
            @JsonProperty("uri") @NotBlank(message = "{diagnosis.occupation.required}") @Nullable String uri,
            @JsonProperty("soort") @NotNull(message = "{diagnosis.occupation.kind.required}") @Nullable OccupationKind occupationKind,
            @JsonProperty("vanaf") @NotNull(message = "{diagnosis.from.required}") @Nullable LocalDate occupationFrom,
            @JsonProperty("tot") @Nullable LocalDate occupationTo,
            @JsonProperty("reden") @Size(max = 500, message = "{diagnosis.reason.size}") @Nullable String occupationReason) implements Change {
        public FactRecord toFact(ClientId client) {
            return new FactRecord.OccupationFact(client, uri.strip(), occupationKind, occupationFrom, occupationTo, null);
        }

        public @Nullable String reason() {
            return occupationReason;
        }

        public FactRecorder.Target target() {
            return new FactRecorder.Target(OccupationChange.class, "uri", "occupationFrom", "occupationTo", "occupationReason");
        }
    }
}
