package nl.opstap.organisation;

import java.util.List;

/** A service organisation with its municipalities. */
public record ServiceOrganisation(OrganisationId id, String name, List<Municipality> municipalities) {}
