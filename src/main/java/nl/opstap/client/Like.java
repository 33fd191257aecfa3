package nl.opstap.client;

/** LIKE patterns (with ESCAPE '\') in which the user's own % and _ are taken literally. */
final class Like {

    private Like() {}

    static String anywhere(String term) {
        return "%" + escape(term) + "%";
    }

    static String prefix(String term) {
        return escape(term) + "%";
    }

    private static String escape(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
