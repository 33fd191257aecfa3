package nl.opstap.audit;

/**
 * The processing activities of the register (verwerkingsregister, AVG art. 30) that Opstap performs.
 * The id is stable: it is written into every log entry.
 */
public enum ProcessingActivity {
    CLIENT_REGISTRATION("opstap-01", "Registratie en beheer werkzoekenden (Participatiewet)"),
    OWN_FILE("opstap-02", "Inzage eigen dossier door de werkzoekende");

    private final String id;
    private final String description;

    ProcessingActivity(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }
}
