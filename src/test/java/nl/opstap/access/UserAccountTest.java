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
    void locksAfterFiveFailuresForFifteenMinutes() {
        UserAccount account = UserAccount.create("Jan", "Jan", null, "{noop}x", false, null);
        for (int i = 0; i < 4; i++) {
            account.signInFailed(NOW, policy);
        }
        assertThat(account.isLocked(NOW)).isFalse();
        account.signInFailed(NOW, policy);
        assertThat(account.isLocked(NOW)).isTrue();
        assertThat(account.isLocked(NOW.plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(account.username()).isEqualTo("jan");
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLockAndSuccessResets() {
        UserAccount account = UserAccount.create("jan", "Jan", null, "{noop}x", false, null);
        for (int i = 0; i < 5; i++) {
            account.signInFailed(NOW, policy);
        }
        Instant lockedUntil = account.lockedUntil();
        account.signInFailed(NOW.plusSeconds(60), policy);
        assertThat(account.lockedUntil()).isEqualTo(lockedUntil);
        account.signedIn(NOW.plus(Duration.ofMinutes(20)));
        assertThat(account.failedAttempts()).isZero();
        assertThat(account.lockedUntil()).isNull();
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
        UserAccount account = UserAccount.create("jan", "Jan", null, "{noop}x", false, null);
        account.resetPassword("{noop}tijdelijk");
        assertThat(account.mustChangePassword()).isTrue();
        account.changePassword("{noop}eigen");
        assertThat(account.mustChangePassword()).isFalse();
    }
}
