package nl.opstap.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.access.UserId;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.StaleVersionException;
import org.junit.jupiter.api.Test;

class ClientTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    static final UserId CASEWORKER = new UserId(UUID.randomUUID());

    static ClientDetails details(String municipality, LocalDate birth) {
        return new ClientDetails(municipality, "123456782", "Anna", null, "Jansen", birth, null, null, null, null,
                "8331AB", null, null, null, null, null, null);
    }

    @Test
    void refusesImplausibleBirthDates() {
        assertThatThrownBy(() -> Client.register(details("GM1708", TODAY.minusYears(14)), TODAY, NOW))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).violations().getFirst().field()).isEqualTo("dateOfBirth"));
        assertThatThrownBy(() -> Client.register(details("GM1708", TODAY.minusYears(121)), TODAY, NOW))
                .isInstanceOf(RuleViolation.class);
        assertThat(Client.register(details("GM1708", TODAY.minusYears(15)), TODAY, NOW).ageOn(TODAY)).isEqualTo(15);
    }

    @Test
    void partnersLinkBothWaysWithinOneMunicipalityOnce() {
        Client anna = Client.register(details("GM1708", LocalDate.of(1980, 1, 1)), TODAY, NOW);
        Client bert = Client.register(details("GM1708", LocalDate.of(1979, 1, 1)), TODAY, NOW);
        Client carla = Client.register(details("GM1708", LocalDate.of(1985, 1, 1)), TODAY, NOW);
        Client elsewhere = Client.register(details("GM0037", LocalDate.of(1985, 1, 1)), TODAY, NOW);

        anna.linkPartner(bert);

        assertThat(anna.partnerId()).isEqualTo(bert.id());
        assertThat(bert.partnerId()).isEqualTo(anna.id());
        assertThatThrownBy(() -> carla.linkPartner(anna)).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).isConflict()).isTrue());
        assertThatThrownBy(() -> carla.linkPartner(carla)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> carla.linkPartner(elsewhere)).isInstanceOf(RuleViolation.class);

        anna.unlinkPartner(bert);
        assertThat(anna.partnerId()).isNull();
        assertThat(bert.partnerId()).isNull();
    }

    @Test
    void aNewCaseworkerEndsThePreviousAssignment() {
        Client client = Client.register(details("GM1708", LocalDate.of(1980, 1, 1)), TODAY, NOW);
        UserId next = new UserId(UUID.randomUUID());
        client.assignCaseworker(CASEWORKER, TODAY.minusDays(10), NOW, CASEWORKER);
        client.assignCaseworker(next, TODAY, NOW, CASEWORKER);

        assertThat(client.caseworkerId()).isEqualTo(next);
        assertThat(client.caseworkerHistory()).extracting(CaseworkerAssignment::caseworker, CaseworkerAssignment::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CASEWORKER, TODAY),
                        org.assertj.core.groups.Tuple.tuple(next, null));
        assertThatThrownBy(() -> client.assignCaseworker(next, TODAY, NOW, CASEWORKER)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefused() {
        Client stored = new Client(ClientId.random(), details("GM1708", LocalDate.of(1980, 1, 1)), null, null,
                java.util.List.of(), java.util.List.of(), 3, NOW);

        assertThatThrownBy(() -> stored.change(details("GM1708", LocalDate.of(1981, 1, 1)), 2, TODAY))
                .isInstanceOf(StaleVersionException.class)
                .satisfies(e -> assertThat(((StaleVersionException) e).currentVersion()).isEqualTo(3));
        stored.change(details("GM1708", LocalDate.of(1981, 1, 1)), 3, TODAY);
        assertThat(stored.details().dateOfBirth()).isEqualTo(LocalDate.of(1981, 1, 1));
    }
}
