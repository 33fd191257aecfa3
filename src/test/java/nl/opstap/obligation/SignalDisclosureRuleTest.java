package nl.opstap.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignalDisclosureRuleTest {

    @Test
    void anOpenFraudSignalIsWithheldWhileItIsInvestigated() {
        assertThat(SignalDisclosureRule.disclosed(SignalKind.FRAUDESIGNAAL, SignalStatus.OPEN)).isFalse();
    }

    @Test
    void aHandledFraudSignalIsDisclosed() {
        assertThat(SignalDisclosureRule.disclosed(SignalKind.FRAUDESIGNAAL, SignalStatus.AFGEHANDELD)).isTrue();
    }

    @Test
    void culpableConductIsDisclosedOpenOrHandled() {
        assertThat(SignalDisclosureRule.disclosed(SignalKind.VERWIJTBAAR_GEDRAG, SignalStatus.OPEN)).isTrue();
        assertThat(SignalDisclosureRule.disclosed(SignalKind.VERWIJTBAAR_GEDRAG, SignalStatus.AFGEHANDELD)).isTrue();
    }
}
