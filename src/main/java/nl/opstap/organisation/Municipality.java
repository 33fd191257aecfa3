package nl.opstap.organisation;

/** A municipality and the service organisation that works for it. */
public record Municipality(MunicipalityCode code, String name, OrganisationId organisationId, String organisationName) {}
