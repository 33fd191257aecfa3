package nl.opstap.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.Role;
import nl.opstap.access.UserId;
import nl.opstap.organisation.MunicipalityCode;
import org.junit.jupiter.api.Test;

class ZrmReadRuleTest {

    static final MunicipalityCode GM1708 = new MunicipalityCode("GM1708");
    static final MunicipalityCode GM0037 = new MunicipalityCode("GM0037");

    static CurrentUser holding(Role role, MunicipalityCode municipality) {
        return new CurrentUser(new UserId(UUID.randomUUID()), "u", "U", Map.of(role, Set.of(municipality)), null, false);
    }

    @Test
    void onlyTheRolesThatWorkWithTheClientReadTheScores() {
        for (Role role : Role.values()) {
            boolean reader = role == Role.CASEWORKER || role == Role.JOBCOACH || role == Role.ANALYST;
            assertThat(ZrmReadRule.mayRead(holding(role, GM1708), GM1708)).as(role.name()).isEqualTo(reader);
        }
    }

    @Test
    void theRoleMustBeHeldInTheClientsMunicipality() {
        assertThat(ZrmReadRule.mayRead(holding(Role.CASEWORKER, GM0037), GM1708)).isFalse();
        CurrentUser mixed = new CurrentUser(new UserId(UUID.randomUUID()), "u", "U",
                Map.of(Role.ACCOUNT_MANAGER, Set.of(GM1708), Role.CASEWORKER, Set.of(GM0037)), null, false);
        assertThat(ZrmReadRule.mayRead(mixed, GM1708)).isFalse();
        assertThat(ZrmReadRule.mayRead(mixed, GM0037)).isTrue();
    }
}
