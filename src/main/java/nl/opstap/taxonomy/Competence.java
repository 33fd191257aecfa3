package nl.opstap.taxonomy;

import java.util.UUID;
import nl.opstap.organisation.OrganisationId;

/** One entry of an organisation's own competence list; an inactive one can no longer be chosen. */
public record Competence(UUID id, OrganisationId organisation, CompetenceKind kind, String name, String description, boolean active) {}
