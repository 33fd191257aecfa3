package nl.opstap.employer;

import nl.opstap.access.UserId;

/** A historical contact moment for a bulk import: who recorded it, and whether they are of Economic Affairs. */
public record ImportedMoment(EmployerSummary employer, ContactMomentForm form, UserId by, String byName, boolean economicAffairs) {}
