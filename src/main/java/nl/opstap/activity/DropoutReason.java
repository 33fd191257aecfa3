package nl.opstap.activity;

import nl.opstap.organisation.OrganisationId;

/** A reason for dropping out of an activity, from an organisation's managed list. */
public record DropoutReason(DropoutReasonId id, OrganisationId organisation, String name, boolean active) {}
