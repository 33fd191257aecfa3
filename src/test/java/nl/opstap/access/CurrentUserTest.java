package nl.opstap.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import nl.opstap.organisation.MunicipalityCode;
import org.junit.jupiter.api.Test;

class CurrentUserTest {

    static final MunicipalityCode STEENWIJKERLAND = new MunicipalityCode("GM1708");
    static final MunicipalityCode WESTERVELD = new MunicipalityCode("GM1701");
    static final MunicipalityCode STADSKANAAL = new MunicipalityCode("GM0037");

    private final CurrentUser user = new CurrentUser(UserId.random(), "u", "U",
            Map.of(Role.CASEWORKER, Set.of(STEENWIJKERLAND), Role.ANALYST, Set.of(STEENWIJKERLAND, WESTERVELD)), null, false);

    @Test
    void aPermissionsScopeIsTheUnionOfTheRolesThatGrantIt() {
        assertThat(user.scopeFor(Permission.CLIENT_READ).municipalities()).containsExactlyInAnyOrder(STEENWIJKERLAND, WESTERVELD);
        assertThat(user.scopeFor(Permission.CLIENT_WRITE).municipalities()).containsExactly(STEENWIJKERLAND);
        assertThat(user.scopeFor(Permission.USER_ADMIN).isEmpty()).isTrue();
        assertThat(user.scopeFor(Permission.CLIENT_READ).contains(STADSKANAAL)).isFalse();
    }

    @Test
    void theRoleActedInIsTheFirstGrantingOneForThatMunicipality() {
        assertThat(user.roleFor(Permission.CLIENT_READ, STEENWIJKERLAND)).contains(Role.CASEWORKER);
        assertThat(user.roleFor(Permission.CLIENT_READ, WESTERVELD)).contains(Role.ANALYST);
        assertThat(user.roleFor(Permission.CLIENT_READ, STADSKANAAL)).isEmpty();
    }

    @Test
    void anEmptyScopeMatchesNothingInSql() {
        assertThat(Scope.of(Set.of()).codes()).containsExactly("-");
        assertThat(Scope.of(Set.of(WESTERVELD, STEENWIJKERLAND)).codes()).containsExactly("GM1701", "GM1708");
    }

    @Test
    void onlyAJobSeekerLinkedToAFileMayReadItsOwnFile() {
        assertThat(user.can(Permission.OWN_FILE)).isFalse();
        CurrentUser seeker = new CurrentUser(UserId.random(), "w", "W", Map.of(Role.JOB_SEEKER, Set.of(STEENWIJKERLAND)),
                java.util.UUID.randomUUID(), false);
        assertThat(seeker.can(Permission.OWN_FILE)).isTrue();
        assertThat(seeker.can(Permission.CLIENT_READ)).isFalse();
    }
}
