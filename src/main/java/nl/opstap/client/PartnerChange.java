package nl.opstap.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Links the client to a partner (another client), or unlinks when {@code partnerId} is null. */
public record PartnerChange(@JsonProperty("partnerId") @Nullable UUID partnerId) {}
