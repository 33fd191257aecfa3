package nl.opstap.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.Role;
import nl.opstap.access.UserId;
import nl.opstap.organisation.MunicipalityCode;
import org.junit.jupiter.api.Test;

class JournalReadRuleTest {

    private static final MunicipalityCode HERE = new MunicipalityCode("GM1708");
    private static final MunicipalityCode THERE = new MunicipalityCode("GM0037");

    /** The expected readers of every type, written out independently of the rule. */
    private static final Map<JournalType, Set<Role>> EXPECTED = Map.of(
            JournalType.GESPREKSVERSLAG, EnumSet.of(Role.CASEWORKER, Role.JOBCOACH, Role.ANALYST),
            JournalType.TELEFOONNOTITIE, EnumSet.of(Role.CASEWORKER, Role.JOBCOACH, Role.ANALYST),
            JournalType.HUISBEZOEK, EnumSet.of(Role.CASEWORKER, Role.ANALYST),
            JournalType.MEDISCH_ZORG, EnumSet.of(Role.CASEWORKER),
            JournalType.WERKGEVERSCONTACT, EnumSet.of(Role.CASEWORKER, Role.JOBCOACH, Role.ACCOUNT_MANAGER, Role.ANALYST),
            JournalType.OVERIG, EnumSet.of(Role.CASEWORKER, Role.JOBCOACH, Role.ANALYST));

    @Test
    void everyTypeForEveryRole() {
        for (JournalType type : JournalType.values()) {
            for (Role role : Role.values()) {
                assertThat(JournalReadRule.mayRead(role, type)).as(type + " for " + role).isEqualTo(EXPECTED.get(type).contains(role));
            }
        }
    }

    @Test
    void administratorsAndJobSeekersReadNoJournalText() {
        for (JournalType type : JournalType.values()) {
            assertThat(JournalReadRule.mayRead(Role.ADMIN, type)).isFalse();
            assertThat(JournalReadRule.mayRead(Role.JOB_SEEKER, type)).isFalse();
            assertThat(JournalReadRule.mayRead(Role.EMPLOYER, type)).isFalse();
        }
        assertThat(JournalReadRule.readsAny(user(Map.of(Role.ADMIN, Set.of(HERE))))).isFalse();
    }

    @Test
    void readsByTheRolesHeldInTheClientsMunicipality() {
        CurrentUser user = user(Map.of(Role.CASEWORKER, Set.of(THERE), Role.JOBCOACH, Set.of(HERE)));
        assertThat(JournalReadRule.readable(user, HERE)).doesNotContain(JournalType.MEDISCH_ZORG, JournalType.HUISBEZOEK)
                .contains(JournalType.GESPREKSVERSLAG);
        assertThat(JournalReadRule.readable(user, THERE)).contains(JournalType.MEDISCH_ZORG);
        assertThat(JournalReadRule.readable(user, new MunicipalityCode("GM0047"))).isEmpty();
    }

    @Test
    void aJobcoachWritesOnlyWhatTheyReadAndAnAnalystWritesNothing() {
        assertThat(JournalReadRule.writable(user(Map.of(Role.JOBCOACH, Set.of(HERE))), HERE))
                .containsExactlyInAnyOrder(JournalType.GESPREKSVERSLAG, JournalType.TELEFOONNOTITIE, JournalType.WERKGEVERSCONTACT,
                        JournalType.OVERIG);
        assertThat(JournalReadRule.writable(user(Map.of(Role.CASEWORKER, Set.of(HERE))), HERE)).containsExactlyInAnyOrder(JournalType.values());
        assertThat(JournalReadRule.writable(user(Map.of(Role.ANALYST, Set.of(HERE), Role.JOBCOACH, Set.of(HERE))), HERE))
                .doesNotContain(JournalType.HUISBEZOEK);
    }

    private static CurrentUser user(Map<Role, Set<MunicipalityCode>> grants) {
        return new CurrentUser(new UserId(java.util.UUID.randomUUID()), "u", "U", grants, null, false);
    }
}
