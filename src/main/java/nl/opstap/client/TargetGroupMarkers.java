package nl.opstap.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** The target-group markers the reports count (domain.md §2). */
public record TargetGroupMarkers(
        @JsonProperty("statushouder") @Nullable Boolean refugeeStatus,
        @JsonProperty("inburgeringsplichtig") @Nullable Boolean civicIntegrationRequired,
        @JsonProperty("arbeidsbeperking") @Nullable Boolean workLimitation,
        @JsonProperty("doelgroepregister") @Nullable Boolean targetGroupRegister,
        @JsonProperty("proVsoSchoolverlater") @Nullable Boolean specialEducationLeaver,
        @JsonProperty("voormaligWajong") @Nullable Boolean formerWajong,
        @JsonProperty("taalniveau") @Nullable LanguageLevel languageLevel) {

    public TargetGroupMarkers {
        refugeeStatus = Boolean.TRUE.equals(refugeeStatus);
        civicIntegrationRequired = Boolean.TRUE.equals(civicIntegrationRequired);
        workLimitation = Boolean.TRUE.equals(workLimitation);
        targetGroupRegister = Boolean.TRUE.equals(targetGroupRegister);
        specialEducationLeaver = Boolean.TRUE.equals(specialEducationLeaver);
        formerWajong = Boolean.TRUE.equals(formerWajong);
    }

    public static TargetGroupMarkers none() {
        return new TargetGroupMarkers(false, false, false, false, false, false, null);
    }
}
