package nl.opstap.portfolio;

/** What a job seeker consents to: publishing an anonymous profile, or sharing personal data with one named employer. */
enum ConsentKind {
    PUBLISH, EMPLOYER
}
