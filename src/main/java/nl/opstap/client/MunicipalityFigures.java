package nl.opstap.client;

import nl.opstap.organisation.MunicipalityCode;

/** Aggregated counts for one municipality on a date; no personal data. */
public record MunicipalityFigures(MunicipalityCode municipality, long clients, long recipients, long partners,
                                  long nonRecipients, long withoutStatus, long refugees, long workLimitation,
                                  long targetGroupRegister, long withoutStartQualification, long educationUnknown,
                                  long withoutCaseworker) {}
