package nl.opstap.access;

/** How a processing came about: a screen (session), the API (bearer token), or background work. */
public enum Channel {
    WEB,
    API,
    BATCH
}
