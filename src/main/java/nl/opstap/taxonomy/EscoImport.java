package nl.opstap.taxonomy;

import java.time.Instant;
import java.util.UUID;

/** One ESCO import: the version label given, when and by whom, and what it loaded. */
public record EscoImport(UUID id, String versionLabel, Instant importedAt, String importedBy, int occupations, int skills,
                         int relations) {}
