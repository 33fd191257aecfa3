package nl.opstap.employer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.Permission;
import nl.opstap.access.Role;
import nl.opstap.access.Scope;
import nl.opstap.access.UserId;
import nl.opstap.organisation.MunicipalityCode;
import org.junit.jupiter.api.Test;

class MediationDisclosureTest {

    static final MunicipalityCode STEENWIJKERLAND = new MunicipalityCode("GM1708");
    static final MunicipalityCode WESTERVELD = new MunicipalityCode("GM1701");

    static Access employerAccess(Map<Role, Set<MunicipalityCode>> grants) {
        CurrentUser user = new CurrentUser(new UserId(UUID.randomUUID()), "am", "Account Manager", grants, null, false);
        return new Access(user, Permission.EMPLOYER_READ, user.scopeFor(Permission.EMPLOYER_READ), Channel.WEB);
    }

    @Test
    void theLinkedClientIsShownToWhoMayReadClientsOfTheEmployersMunicipality() {
        Access access = employerAccess(Map.of(Role.ACCOUNT_MANAGER, Set.of(STEENWIJKERLAND)));
        assertThat(MediationDisclosure.mayShowClient(access, STEENWIJKERLAND)).isTrue();
        Access clients = MediationDisclosure.clientAccess(access, STEENWIJKERLAND).orElseThrow();
        assertThat(clients.permission()).isEqualTo(Permission.CLIENT_READ);
        assertThat(clients.scope()).isEqualTo(Scope.of(Set.of(STEENWIJKERLAND)));
        assertThat(clients.channel()).isEqualTo(Channel.WEB);
    }

    @Test
    void otherwiseOnlyThatAClientIsLinked() {
        assertThat(MediationDisclosure.mayShowClient(employerAccess(Map.of(Role.ACCOUNT_MANAGER, Set.of(WESTERVELD))), STEENWIJKERLAND))
                .isFalse();
        assertThat(MediationDisclosure.mayShowClient(employerAccess(Map.of(Role.EMPLOYER, Set.of(STEENWIJKERLAND))), STEENWIJKERLAND))
                .isFalse();
        assertThat(MediationDisclosure.clientAccess(employerAccess(Map.of()), STEENWIJKERLAND)).isEmpty();
    }
}
