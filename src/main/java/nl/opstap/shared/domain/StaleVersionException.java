package nl.opstap.shared.domain;

/** Somebody else changed the thing since the caller read it (optimistic locking). */
public class StaleVersionException extends RuntimeException {

    private final int currentVersion;

    public StaleVersionException(String what, int currentVersion) {
        super(what + " is intussen door iemand anders gewijzigd");
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
