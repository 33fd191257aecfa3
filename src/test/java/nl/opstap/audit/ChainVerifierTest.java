package nl.opstap.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    private final LogEntries entries = mock(LogEntries.class);
    private final List<LogEntries.StoredLink> stored = new ArrayList<>();
    private LogEntries.Head anchor = new LogEntries.Head(0, ChainVerifier.GENESIS);

    private void append(String username) {
        String previous = stored.isEmpty() ? ChainVerifier.GENESIS : stored.getLast().hash();
        ChainLink link = new ChainLink(stored.size() + 1, UUID.randomUUID(), Instant.parse("2026-11-24T10:00:00Z"), null,
                username, "CASEWORKER", "opstap-01", "READ", "abc", "GM1708", "SUCCESS", "WEB", null, previous);
        stored.add(new LogEntries.StoredLink(link, link.hash()));
    }

    private ChainVerifier.Result verify() {
        LogEntries.StoredLink last = stored.getLast();
        when(entries.head()).thenReturn(new LogEntries.Head(last.link().seq(), last.hash()));
        when(entries.anchor()).thenReturn(anchor);
        stubWalk();
        return new ChainVerifier(entries).verify();
    }

    /** The stored entries after and up to the requested sequence numbers, as the database would walk them. */
    @SuppressWarnings("unchecked")
    private void stubWalk() {
        doAnswer(call -> {
            long after = call.getArgument(0);
            long upTo = call.getArgument(1);
            stored.stream().filter(s -> s.link().seq() > after && s.link().seq() <= upTo)
                    .forEach((Consumer<LogEntries.StoredLink>) call.getArgument(2));
            return null;
        }).when(entries).walk(org.mockito.ArgumentMatchers.anyLong(), org.mockito.ArgumentMatchers.anyLong(), any());
    }

    @Test
    void aPrefixRemovedWithItsAnchorLeavesTheRestIntact() {
        append("a");
        append("b");
        append("c");
        append("d");
        LogEntries.StoredLink lastRemoved = stored.get(1);
        anchor = new LogEntries.Head(lastRemoved.link().seq(), lastRemoved.hash());
        stored.subList(0, 2).clear();
        assertThat(verify().intact()).isTrue();
        assertThat(verify().checked()).isEqualTo(2);
    }

    @Test
    void aPrefixRemovedBeyondItsAnchorBreaksTheChain() {
        append("a");
        append("b");
        append("c");
        LogEntries.StoredLink first = stored.getFirst();
        anchor = new LogEntries.Head(first.link().seq(), first.hash());
        stored.subList(0, 2).clear();
        assertThat(verify().firstBrokenSeq()).isEqualTo(3);
    }

    @Test
    void anUntouchedChainIsIntact() {
        append("a");
        append("b");
        append("c");
        assertThat(verify().intact()).isTrue();
        assertThat(verify().checked()).isEqualTo(3);
    }

    @Test
    void aChangedEntryBreaksTheChainThere() {
        append("a");
        append("b");
        append("c");
        LogEntries.StoredLink second = stored.get(1);
        ChainLink l = second.link();
        ChainLink forged = new ChainLink(l.seq(), l.id(), l.occurredAt(), l.userId(), "someone-else", l.role(),
                l.activity(), l.action(), l.subject(), l.municipality(), l.outcome(), l.channel(), l.requestId(), l.prevHash());
        stored.set(1, new LogEntries.StoredLink(forged, second.hash()));

        assertThat(verify().firstBrokenSeq()).isEqualTo(2);
    }

    @Test
    void aRemovedEntryBreaksTheChain() {
        append("a");
        append("b");
        append("c");
        stored.remove(1);
        assertThat(verify().intact()).isFalse();
        assertThat(verify().firstBrokenSeq()).isEqualTo(3);
    }

    @Test
    void entriesWrittenAfterTheHeadWasReadAreNoBreak() {
        append("a");
        append("b");
        LogEntries.StoredLink head = stored.getLast();
        when(entries.head()).thenReturn(new LogEntries.Head(head.link().seq(), head.hash()));
        when(entries.anchor()).thenReturn(anchor);
        append("written meanwhile");
        stubWalk();
        assertThat(new ChainVerifier(entries).verify().intact()).isTrue();
    }

    @Test
    void everyFieldIsPartOfTheHash() {
        ChainLink link = new ChainLink(1, UUID.randomUUID(), Instant.EPOCH, null, "a", "CASEWORKER", "opstap-01", "READ",
                "s", "GM1708", "SUCCESS", "WEB", "r", ChainVerifier.GENESIS);
        ChainLink otherOutcome = new ChainLink(1, link.id(), Instant.EPOCH, null, "a", "CASEWORKER", "opstap-01", "READ",
                "s", "GM1708", "DENIED", "WEB", "r", ChainVerifier.GENESIS);
        assertThat(link.hash()).isNotEqualTo(otherOutcome.hash()).hasSize(64);
    }
}
