package nl.opstap.shared.web;

/** One invalid field in a problem+json answer (NL API Design Rules: "invalidParams"). */
public record InvalidParam(String name, String code, String reason) {}
