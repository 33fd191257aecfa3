package nl.opstap.portfolio;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A caseworker's or jobcoach's comment on the whole portfolio (entry null) or on one entry, with author and moment. */
public record PortfolioComment(UUID id, @Nullable PortfolioEntryId entry, String body, String authorName, Instant createdAt) {}
