package nl.opstap.access;

/** A link in the main navigation: a message key for its label, its path and its position. */
public record NavigationItem(String labelKey, String path, int order) {}
