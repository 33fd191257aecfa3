package nl.opstap.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.access.UserId;
import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.RuleViolation;
import org.junit.jupiter.api.Test;

class JournalEntryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");
    private final UserId author = new UserId(UUID.randomUUID());

    private JournalEntry entry(LocalDate date) {
        return JournalEntry.write(ClientId.random(), new MunicipalityCode("GM1708"),
                new NewJournalEntry(JournalType.GESPREKSVERSLAG, date, " Onderwerp ", "Eerste tekst"), TODAY, author, "A", NOW);
    }

    @Test
    void refusesADateInTheFuture() {
        assertThatThrownBy(() -> entry(TODAY.plusDays(1))).isInstanceOf(RuleViolation.class).hasMessageContaining("toekomst");
        assertThat(entry(null).date()).isEqualTo(TODAY);
    }

    @Test
    void aCorrectionKeepsTheOldTextAndNeedsAReasonAfterTheDay() {
        JournalEntry entry = entry(TODAY);
        entry.correct(new JournalCorrection(null, "Tweede tekst", null), author, "A", NOW.plusSeconds(3600));
        assertThat(entry.revisions()).extracting(JournalRevision::text).containsExactly("Eerste tekst", "Tweede tekst");
        assertThatThrownBy(() -> entry.correct(new JournalCorrection(null, "Derde", " "), author, "A", NOW.plusSeconds(86_400 * 2)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("reden");
        entry.correct(new JournalCorrection(null, "Derde", "Verkeerde datum genoemd"), author, "A", NOW.plusSeconds(86_400 * 2));
        assertThat(entry.current().text()).isEqualTo("Derde");
        assertThat(entry.isCorrected()).isTrue();
    }

    @Test
    void onlyTheAuthorCorrects() {
        JournalEntry entry = entry(TODAY);
        assertThatThrownBy(() -> entry.correct(new JournalCorrection(null, "Anders", "reden"), new UserId(UUID.randomUUID()), "B", NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Alleen wie");
        assertThat(entry.revisions()).hasSize(1);
    }
}
