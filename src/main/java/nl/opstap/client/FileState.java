package nl.opstap.client;

import java.time.LocalDate;
import nl.opstap.organisation.MunicipalityCode;
import org.jspecify.annotations.Nullable;

/**
 * What the retention rules need to know of a file: whether a benefit period is still running, when the last one
 * ended, when the file last changed and whether it is anonymised already.
 */
public record FileState(ClientId id, MunicipalityCode municipality, boolean benefitRunning, @Nullable LocalDate lastBenefitEnd,
                        LocalDate lastChange, boolean anonymised) {}
