package nl.opstap.access;

/** What a role allows; checked at the start of every controller method. */
public enum Permission {
    /** Read client files of the municipalities in scope. */
    CLIENT_READ,
    /** Register and change client files. */
    CLIENT_WRITE,
    /** See who viewed or changed a client's file (the processing log). */
    PROCESSING_LOG_READ,
    /** Aggregated figures of the municipalities in scope. */
    OVERVIEW,
    /** Manage users and their roles. */
    USER_ADMIN,
    /** A job seeker's own file. */
    OWN_FILE,
    /** Write journal entries (conversation notes) on a client's file. */
    JOURNAL_WRITE,
    /** See and record signals (verwijtbaar gedrag, fraudesignaal) and measures. */
    SIGNALS,
    /** Reassign clients between caseworkers (in bulk, from the worklists). */
    CASELOAD_ASSIGN,
    /** Manage the organisation's catalogues and lists (activities, sectors, reasons). */
    CATALOGUE_ADMIN,
    /** Read employers, their contacts, contact moments, agreements and vacancies (the shared CRM). */
    EMPLOYER_READ,
    /** Register and change employers, contacts, contact moments, agreements and vacancies. */
    EMPLOYER_WRITE,
    /** Match clients and vacancies, record consent and skills for matching, and decide on pairs. */
    MATCHING,
    /** Tune the weights of the matching criteria. */
    MATCHING_ADMIN,
    /** Register and end placements, record follow-up contacts and reopen or close support after a signal. */
    PLACEMENT_WRITE,
    /** Manage caseload norms, formation items, the cost per fte, budget scenarios and yearly targets (with history). */
    STEERING_ADMIN,
    /** Browse the anonymous profiles job seekers published, and ask an account manager for contact (employers). */
    PUBLISHED_PROFILES,
    /** An employer's own vacancies and the candidates proposed for them (needs an account linked to an employer). */
    OWN_EMPLOYER,
    /** Bulk import of clients, employers and vacancies, and the organisation's exports (migration, doelgroepregister). */
    DATA_EXCHANGE,
    /** See the retention settings and runs, and anonymise a closed file on the person's request (AVG art. 17). */
    FILE_ERASURE
}
