package nl.opstap.portfolio;

import java.time.Instant;

/** An uploaded document's metadata (never its bytes): kind, display name, sniffed media type, size, SHA-256, who and when. */
public record PortfolioDocument(DocumentId id, DocumentKind kind, String name, String mediaType, int size, String sha256,
                                Instant uploadedAt, String uploadedBy) {}
