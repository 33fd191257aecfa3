package nl.opstap.plan;

import java.time.Instant;
import java.time.LocalDate;
import nl.opstap.access.UserId;
import org.jspecify.annotations.Nullable;

/**
 * One version of a plan: its number, the status it got, the content, the date it took effect, why
 * (revisions and closing), and who recorded it when.
 */
public record PlanVersion(int number, PlanStatus status, PlanContent content, LocalDate effectiveOn, @Nullable String reason,
                          Instant recordedAt, @Nullable UserId recordedBy, String recordedByName) {}
