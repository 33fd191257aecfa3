package nl.opstap.taxonomy;

import nl.opstap.shared.domain.RuleViolation;

/** A name in one of the organisation's lists (sectors, competences): 1 to 100 characters after trimming. */
final class ListNames {

    static final int MAX = 100;

    private ListNames() {}

    static String checked(Class<?> command, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX) {
            throw RuleViolation.of(command, "name", "length", "Geef een naam van 1 tot 100 tekens.");
        }
        return trimmed;
    }
}
