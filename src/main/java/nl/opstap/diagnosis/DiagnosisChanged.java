package nl.opstap.diagnosis;

import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;

/** Published after a client's diagnosis changed (a new fact or a correction), e.g. for the matching index. */
public record DiagnosisChanged(ClientId client, MunicipalityCode municipality) {}
