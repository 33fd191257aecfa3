package nl.opstap.client;

import java.util.Map;

/**
 * A block on the client's overview page ("at a glance"), rendered from another module's template:
 * {@code template} and {@code fragment} name it (e.g. "diagnosis/glance", "glance"), {@code data} is its model.
 */
public record FileSection(String template, String fragment, int order, Map<String, Object> data) {}
