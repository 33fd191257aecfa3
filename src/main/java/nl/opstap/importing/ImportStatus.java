package nl.opstap.importing;

/** Where an import job is; the code travels in the API, the label is on the screen. */
enum ImportStatus {
    UPLOADED("geupload", "Kolommen kiezen"),
    VALIDATING("controleren", "Bezig met controleren"),
    VALIDATED("gecontroleerd", "Gecontroleerd"),
    IMPORTING("importeren", "Bezig met importeren"),
    DONE("klaar", "Geïmporteerd"),
    FAILED("mislukt", "Niet geïmporteerd"),
    INTERRUPTED("onderbroken", "Onderbroken");

    private final String code;
    private final String label;

    ImportStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public boolean running() {
        return this == VALIDATING || this == IMPORTING;
    }
}
