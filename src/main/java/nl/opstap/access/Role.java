package nl.opstap.access;

import java.util.EnumSet;
import java.util.Set;

/** The roles of domain.md §1. Each is held for a set of municipalities. */
public enum Role {
    CASEWORKER(EnumSet.of(Permission.CLIENT_READ, Permission.CLIENT_WRITE, Permission.JOURNAL_WRITE, Permission.SIGNALS,
            Permission.CASELOAD_ASSIGN, Permission.EMPLOYER_READ, Permission.MATCHING, Permission.PLACEMENT_WRITE)),
    JOBCOACH(EnumSet.of(Permission.CLIENT_READ, Permission.JOURNAL_WRITE, Permission.EMPLOYER_READ, Permission.MATCHING,
            Permission.PLACEMENT_WRITE)),
    ACCOUNT_MANAGER(EnumSet.of(Permission.CLIENT_READ, Permission.EMPLOYER_READ, Permission.EMPLOYER_WRITE, Permission.MATCHING)),
    /** Team lead or policy staff: reads everything, distributes caseloads, edits no case files. */
    ANALYST(EnumSet.of(Permission.CLIENT_READ, Permission.PROCESSING_LOG_READ, Permission.OVERVIEW, Permission.SIGNALS,
            Permission.CASELOAD_ASSIGN, Permission.EMPLOYER_READ)),
    ADMIN(EnumSet.of(Permission.CLIENT_READ, Permission.PROCESSING_LOG_READ, Permission.USER_ADMIN,
            Permission.CATALOGUE_ADMIN, Permission.MATCHING_ADMIN, Permission.STEERING_ADMIN, Permission.DATA_EXCHANGE,
            Permission.FILE_ERASURE)),
    JOB_SEEKER(EnumSet.of(Permission.OWN_FILE)),
    EMPLOYER(EnumSet.of(Permission.PUBLISHED_PROFILES, Permission.OWN_EMPLOYER));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }

    /** Roles an administrator grants on the users screen; job seekers get their account from their caseworker. */
    public boolean isStaffRole() {
        return this != JOB_SEEKER;
    }
}
