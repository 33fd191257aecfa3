package nl.opstap.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.Role;
import nl.opstap.access.UserId;
import nl.opstap.organisation.MunicipalityCode;
import org.junit.jupiter.api.Test;

class HealthReasonRuleTest {

    static final MunicipalityCode GM1708 = new MunicipalityCode("GM1708");

    static CurrentUser holding(Role role) {
        return new CurrentUser(new UserId(UUID.randomUUID()), "u", "U", Map.of(role, Set.of(GM1708)), null, false);
    }

    static Records.Exemption exemption(ExemptionReason reason) {
        return new Records.Exemption(UUID.randomUUID(), ObligationKind.ARBEIDSVERPLICHTING, reason, LocalDate.of(2026, 1, 1), null,
                LocalDate.of(2026, 7, 1), null, Instant.now(), null);
    }

    @Test
    void healthReasonsAreScreenedFromRolesThatDoNotWorkWithTheClient() {
        for (Role role : Role.values()) {
            boolean reader = role == Role.CASEWORKER || role == Role.JOBCOACH || role == Role.ANALYST;
            assertThat(HealthReasonRule.asSeenBy(holding(role), GM1708, exemption(ExemptionReason.MEDISCH)).reason())
                    .as(role.name()).isEqualTo(reader ? ExemptionReason.MEDISCH : null);
            assertThat(HealthReasonRule.asSeenBy(holding(role), GM1708, exemption(ExemptionReason.ZORGTAKEN)).reason())
                    .as(role.name()).isEqualTo(ExemptionReason.ZORGTAKEN);
        }
    }
}
