package nl.opstap.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.StaleVersionException;
import org.junit.jupiter.api.Test;

class PortfolioEntryRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static PortfolioEntryForm form(String title, String place, String level, LocalDate from, LocalDate to, String body) {
        return new PortfolioEntryForm(null, title, place, level, null, from, to, true, body, 1);
    }

    private static RuleViolation refusal(PortfolioSection section, PortfolioEntryForm form) {
        try {
            PortfolioEntryRules.check(section, form, TODAY);
        } catch (RuleViolation v) {
            return v;
        }
        throw new AssertionError("no refusal");
    }

    @Test
    void anEducationNeedsANameAndASchoolAndAKnownLevel() {
        RuleViolation v = refusal(PortfolioSection.OPLEIDING, form(" ", "", "mbo-9", null, null, null));
        assertThat(v.violations()).extracting(RuleViolation.Violation::field).containsExactlyInAnyOrder("title", "place", "level");
        assertThat(PortfolioEntryRules.check(PortfolioSection.OPLEIDING, form("Kok", "ROC", "mbo-2", null, null, null), TODAY).diploma()).isTrue();
    }

    @Test
    void onlyAnEducationKeepsTheDiplomaFlag() {
        assertThat(PortfolioEntryRules.check(PortfolioSection.WERKERVARING, form("Kok", "Hotel", null, TODAY, null, ""), TODAY).diploma())
                .isFalse();
    }

    @Test
    void workNeedsAStartAndAnEndAfterIt() {
        RuleViolation v = refusal(PortfolioSection.WERKERVARING, form("Kok", "Hotel", null, TODAY, TODAY.minusDays(1), ""));
        assertThat(v.violations()).extracting(RuleViolation.Violation::field).containsExactly("to");
        assertThat(refusal(PortfolioSection.WERKERVARING, form("Kok", "Hotel", null, null, null, "")).violations())
                .extracting(RuleViolation.Violation::field).containsExactly("from");
    }

    @Test
    void anApplicationNeedsAKnownStatus() {
        assertThat(refusal(PortfolioSection.SOLLICITATIE, form("Kok", "Hotel", "misschien", TODAY, null, "")).violations())
                .extracting(RuleViolation.Violation::field).containsExactly("level");
        assertThat(PortfolioEntryRules.check(PortfolioSection.SOLLICITATIE, form("Kok", "Hotel", "gesprek", TODAY, null, ""), TODAY).level())
                .isEqualTo("gesprek");
    }

    @Test
    void textsAreLimitedWithADutchMessage() {
        RuleViolation v = refusal(PortfolioSection.LEERPUNT, form("", "", null, null, null, "x".repeat(PortfolioEntryRules.LONG + 1)));
        assertThat(v.violations()).singleElement().satisfies(x -> assertThat(x.message()).contains("te lang", "2000"));
        assertThat(PortfolioEntryRules.check(PortfolioSection.REFERENTIE, form("Jan", "", null, null, null, "x".repeat(3000)), TODAY).body())
                .hasSize(3000);
    }

    @Test
    void datesFarOffAreRefused() {
        assertThat(refusal(PortfolioSection.WERKERVARING, form("Kok", "Hotel", null, LocalDate.of(1900, 1, 1), null, "")).violations())
                .extracting(RuleViolation.Violation::code).containsExactly("range");
    }

    @Test
    void markupStaysTextButControlCharactersGo() {
        PortfolioEntryForm checked = PortfolioEntryRules.check(PortfolioSection.LEERPUNT,
                form("", "", null, null, null, "  <script>alert('x')</script>\u0000\r\nregel 2 "), TODAY);
        assertThat(checked.body()).isEqualTo("<script>alert('x')</script>\nregel 2");
    }

    @Test
    void aChangeOnAnOldVersionIsRefused() {
        PortfolioEntryForm checked = PortfolioEntryRules.check(PortfolioSection.LEERPUNT, form("", "", null, null, null, "Leren"), TODAY);
        PortfolioEntry entry = PortfolioEntry.create(new ClientId(UUID.randomUUID()), new MunicipalityCode("GM1708"),
                PortfolioSection.LEERPUNT, checked, Instant.EPOCH);
        PortfolioEntry changed = entry.changedTo(checked.withVersion(1), Instant.EPOCH);
        assertThat(changed.version()).isEqualTo(2);
        assertThatThrownBy(() -> changed.changedTo(checked.withVersion(1), Instant.EPOCH)).isInstanceOf(StaleVersionException.class)
                .hasMessageContaining("door iemand anders gewijzigd");
    }
}
