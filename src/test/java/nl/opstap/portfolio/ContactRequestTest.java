package nl.opstap.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import nl.opstap.client.ClientId;
import nl.opstap.employer.EmployerId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.RuleViolation;
import org.junit.jupiter.api.Test;

class ContactRequestTest {

    private static final ProfileCard CARD = new ProfileCard("K-ABC123", "Steenwijkerland", "mbo-2", true, List.of(), List.of(),
            List.of(), 0, 32, 20, null, true, null);

    private static Profile profile(boolean published) {
        return new Profile(ClientId.random(), new MunicipalityCode("GM1708"), published, "83", CARD);
    }

    private static ContactRequest open() {
        return ContactRequest.ask(profile(true), EmployerId.random(), null, "  Graag contact  ", Instant.EPOCH);
    }

    @Test
    void aRequestStartsOpenWithTheMessageTrimmed() {
        ContactRequest request = open();
        assertThat(request.status()).isEqualTo(ContactStatus.OPEN);
        assertThat(request.message()).isEqualTo("Graag contact");
        assertThat(request.profileNumber()).isEqualTo("K-ABC123");
    }

    @Test
    void aWithdrawnProfileCannotBeAskedAbout() {
        assertThatThrownBy(() -> ContactRequest.ask(profile(false), EmployerId.random(), null, null, Instant.EPOCH))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("niet meer beschikbaar");
    }

    @Test
    void aTooLongMessageIsRefused() {
        assertThatThrownBy(() -> ContactRequest.ask(profile(true), EmployerId.random(), null, "x".repeat(1001), Instant.EPOCH))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void theAccountManagerForwardsThenCloses() {
        ContactRequest contacted = open().moveTo(ContactStatus.FORWARDED).moveTo(ContactStatus.CONTACTED);
        assertThat(contacted.status()).isEqualTo(ContactStatus.CONTACTED);
        assertThat(ContactStatus.CONTACTED.isActive()).isFalse();
    }

    @Test
    void guardedTransitionsThrow() {
        assertThatThrownBy(() -> open().moveTo(ContactStatus.CONTACTED)).isInstanceOf(RuleViolation.class);
        ContactRequest declined = open().moveTo(ContactStatus.DECLINED);
        assertThatThrownBy(() -> declined.moveTo(ContactStatus.FORWARDED)).isInstanceOf(RuleViolation.class);
        ContactRequest withdrawn = open().moveTo(ContactStatus.WITHDRAWN);
        assertThatThrownBy(() -> withdrawn.moveTo(ContactStatus.CONTACTED)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> withdrawn.moveTo(ContactStatus.OPEN)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void onlyForwardContactAndDeclineAreTheAccountManagersSteps() {
        assertThat(ContactStatus.WITHDRAWN.isManagerStep()).isFalse();
        assertThat(ContactStatus.OPEN.isManagerStep()).isFalse();
        assertThat(ContactStatus.FORWARDED.isManagerStep()).isTrue();
    }
}
