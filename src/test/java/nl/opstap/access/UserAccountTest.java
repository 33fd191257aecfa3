package nl.opstap.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.opstap.organisation.MunicipalityCode;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    static final MunicipalityCode A = new MunicipalityCode("GM1708");
    static final MunicipalityCode B = new MunicipalityCode("GM0037");
    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private final LockoutPolicy policy = new LockoutPolicy(5, Duration.ofMinutes(15));

    @Test
    void theLockoutPolicyLocksAfterFiveFailuresForFifteenMinutes() {
        assertThat(policy.locksAfter(4)).isFalse();
        assertThat(policy.locksAfter(5)).isTrue();
        assertThat(policy.lockedUntil(NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        UserAccount locked = new UserAccount(UserId.random(), "jan", "Jan", null, "{noop}x", false, true, 0,
                policy.lockedUntil(NOW), null, null, false, 0);
        assertThat(locked.isLocked(NOW.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(locked.isLocked(NOW.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void anAdministratorManagesOnlyAccountsWhollyWithinTheirMunicipalities() {
        UserAccount local = UserAccount.create("a", "A", null, "{noop}x", false, null);
        local.grant(Role.CASEWORKER, Set.of(A));
        UserAccount wider = UserAccount.create("b", "B", null, "{noop}x", false, null);
        wider.grant(Role.CASEWORKER, Set.of(A));
        wider.grant(Role.ADMIN, Set.of(B));
        UserAccount seeker = UserAccount.create("c", "C", null, "{noop}x", false, UUID.randomUUID());
        seeker.grant(Role.JOB_SEEKER, Set.of(A));

        assertThat(local.isManageableWithin(Set.of(A))).isTrue();
        assertThat(wider.isManageableWithin(Set.of(A))).isFalse();
        assertThat(wider.isManageableWithin(Set.of(A, B))).isTrue();
        assertThat(seeker.isManageableWithin(Set.of(A, B))).isFalse();
        assertThat(UserAccount.create("d", "D", null, "{noop}x", false, null).isManageableWithin(Set.of(A))).isTrue();
    }

    @Test
    void regrantTouchesOnlyStaffRolesWithinTheAdministratorsMunicipalities() {
        UserAccount account = UserAccount.create("w", "W", null, "{noop}x", false, UUID.randomUUID());
        account.grant(Role.CASEWORKER, Set.of(A, B));
        account.grant(Role.JOB_SEEKER, Set.of(A));

        account.regrant(Set.of(A), Map.of(Role.ANALYST, Set.of(A, B)));

        assertThat(account.grants()).containsOnlyKeys(Role.CASEWORKER, Role.ANALYST, Role.JOB_SEEKER);
        assertThat(account.grants().get(Role.CASEWORKER)).containsExactly(B);
        assertThat(account.grants().get(Role.ANALYST)).containsExactly(A);
        assertThat(account.grants().get(Role.JOB_SEEKER)).containsExactly(A);
    }

    @Test
    void aTemporaryPasswordMustBeReplaced() {
        UserAccount account = UserAccount.create("Jan", "Jan", null, "{noop}x", false, null);
        assertThat(account.username()).isEqualTo("jan");
        account.resetPassword("{noop}tijdelijk");
        assertThat(account.mustChangePassword()).isTrue();
        account.changePassword("{noop}eigen");
        assertThat(account.mustChangePassword()).isFalse();
    }
}
