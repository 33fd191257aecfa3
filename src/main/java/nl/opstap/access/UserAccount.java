package nl.opstap.access;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.opstap.organisation.MunicipalityCode;
import org.jspecify.annotations.Nullable;

/** A local account. Its sign-in state changes only through the guarded methods below. */
final class UserAccount {

    private final UserId id;
    private final String username;
    private String displayName;
    private @Nullable String email;
    private String passwordHash;
    private boolean mustChangePassword;
    private boolean enabled;
    private final int failedAttempts;
    private final @Nullable Instant lockedUntil;
    private final @Nullable Instant lastSignInAt;
    private final @Nullable UUID clientId;
    private boolean economicAffairs;
    private @Nullable UUID employerId;
    private final int version;
    private final Map<Role, Set<MunicipalityCode>> grants = new EnumMap<>(Role.class);

    UserAccount(UserId id, String username, String displayName, @Nullable String email, String passwordHash,
                boolean mustChangePassword, boolean enabled, int failedAttempts, @Nullable Instant lockedUntil,
                @Nullable Instant lastSignInAt, @Nullable UUID clientId, boolean economicAffairs, int version) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.enabled = enabled;
        this.failedAttempts = failedAttempts;
        this.lockedUntil = lockedUntil;
        this.lastSignInAt = lastSignInAt;
        this.clientId = clientId;
        this.economicAffairs = economicAffairs;
        this.version = version;
    }

    /** Links an EMPLOYER account to the employer it acts for (null: no link). */
    UserAccount linkedTo(@Nullable UUID employer) {
        this.employerId = employer;
        return this;
    }

    static UserAccount create(String username, String displayName, @Nullable String email, String passwordHash,
                              boolean mustChangePassword, @Nullable UUID clientId) {
        return new UserAccount(UserId.random(), normalise(username), displayName.strip(), email, passwordHash,
                mustChangePassword, true, 0, null, null, clientId, false, -1);
    }

    static String normalise(String username) {
        return username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** A password the user chose themselves. */
    void changePassword(String newHash) {
        passwordHash = newHash;
        mustChangePassword = false;
    }

    /** A temporary password set by an administrator: the user must replace it at the next sign-in. */
    void resetPassword(String temporaryHash) {
        passwordHash = temporaryHash;
        mustChangePassword = true;
    }

    /** Whether an administrator of these municipalities may manage this account: every role lies within them. */
    boolean isManageableWithin(java.util.Set<MunicipalityCode> municipalities) {
        return clientId == null && grants.values().stream().allMatch(municipalities::containsAll);
    }

    void disable() {
        enabled = false;
    }

    void enable() {
        enabled = true;
    }

    void describe(String displayName, @Nullable String email, boolean economicAffairs) {
        this.displayName = displayName.strip();
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.economicAffairs = economicAffairs;
    }

    /**
     * Replaces the staff-role grants within the given municipalities; grants elsewhere, and a job
     * seeker's link to their own file, stay as they are.
     */
    void regrant(Set<MunicipalityCode> within, Map<Role, Set<MunicipalityCode>> newGrants) {
        for (Role role : Role.values()) {
            if (!role.isStaffRole()) {
                continue;
            }
            Set<MunicipalityCode> codes = new TreeSet<>(grants.getOrDefault(role, Set.of()));
            codes.removeAll(within);
            newGrants.getOrDefault(role, Set.of()).stream().filter(within::contains).forEach(codes::add);
            if (codes.isEmpty()) {
                grants.remove(role);
            } else {
                grants.put(role, codes);
            }
        }
    }

    void grant(Role role, Set<MunicipalityCode> codes) {
        grants.computeIfAbsent(role, r -> new TreeSet<>()).addAll(codes);
    }

    CurrentUser toCurrentUser() {
        return new CurrentUser(id, username, displayName, grants, clientId, economicAffairs, employerId);
    }

    public UserId id() { return id; }
    public String username() { return username; }
    public String displayName() { return displayName; }
    public @Nullable String email() { return email; }
    String passwordHash() { return passwordHash; }
    boolean mustChangePassword() { return mustChangePassword; }
    public boolean enabled() { return enabled; }
    int failedAttempts() { return failedAttempts; }
    @Nullable Instant lockedUntil() { return lockedUntil; }
    public @Nullable Instant lastSignInAt() { return lastSignInAt; }
    @Nullable UUID clientId() { return clientId; }
    public boolean economicAffairs() { return economicAffairs; }
    @Nullable UUID employerId() { return employerId; }
    public int version() { return version; }
    boolean isNew() { return version < 0; }
    public Map<Role, Set<MunicipalityCode>> grants() { return java.util.Collections.unmodifiableMap(grants); }
}
