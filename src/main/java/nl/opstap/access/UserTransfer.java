package nl.opstap.access;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A user account as a migration export carries it (issue 9): who, their roles per municipality (only those asked for),
 * and links to a client file or employer. Never a password hash, a token or an MFA secret.
 */
public record UserTransfer(@JsonProperty("id") UUID id, @JsonProperty("gebruikersnaam") String username,
                           @JsonProperty("naam") String displayName, @JsonProperty("email") @Nullable String email,
                           @JsonProperty("actief") boolean enabled, @JsonProperty("economischeZaken") boolean economicAffairs,
                           @JsonProperty("laatstAangemeldOp") @Nullable Instant lastSignInAt,
                           @JsonProperty("werkzoekendeId") @Nullable UUID clientId, @JsonProperty("werkgeverId") @Nullable UUID employerId,
                           @JsonProperty("rollen") Map<String, List<String>> roles) {}
