package nl.opstap.importing;

/** A file or an import that cannot go ahead, with the Dutch reason a user reads (never a value from the file). */
class ImportRefused extends RuntimeException {

    private final String field;

    ImportRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
