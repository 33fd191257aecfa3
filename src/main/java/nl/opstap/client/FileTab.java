package nl.opstap.client;

/**
 * A tab of the client's file, contributed by the module that owns the page: its label, the path
 * below {@code /werkzoekenden/{id}} (e.g. "diagnose"), and its position.
 */
public record FileTab(String labelKey, String path, int order) {}
