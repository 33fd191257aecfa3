package nl.opstap.access;

/** A user as other modules may show them: id and name, nothing else. */
public record UserSummary(UserId id, String username, String displayName) {}
