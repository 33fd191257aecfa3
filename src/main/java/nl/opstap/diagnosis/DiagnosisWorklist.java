package nl.opstap.diagnosis;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.opstap.client.ClientId;
import nl.opstap.worklist.WorkItem;
import nl.opstap.worklist.WorklistContributor;
import nl.opstap.shared.web.Formats;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Worklist items: a client without a diagnosis (no situation, perspective or ladder step today) is due
 * today; a ZRM assessment or ladder step older than {@code opstap.diagnosis.outdated-after} (default
 * twelve months) is due when it reaches that age.
 */
@Component
class DiagnosisWorklist implements WorklistContributor {


    private final FactStore store;
    private final Period outdatedAfter;

    private final MessageSource messages;

    DiagnosisWorklist(FactStore store, @Value("${opstap.diagnosis.outdated-after:P12M}") Period outdatedAfter, MessageSource messages) {
        this.messages = messages;
        this.store = store;
        this.outdatedAfter = outdatedAfter;
    }

    @Override
    public List<WorkItem> itemsFor(Collection<ClientId> clients, LocalDate today, LocalDate until) {
        Map<ClientId, List<DiagnosisFact>> held = store.heldOnFor(clients, today).stream()
                .collect(Collectors.groupingBy(f -> f.value().client()));
        List<WorkItem> items = new ArrayList<>();
        for (ClientId client : clients) {
            DiagnosisSnapshot s = DiagnosisSnapshot.of(client, today, held.getOrDefault(client, List.of()));
            String href = "/werkzoekenden/" + client.value() + "/diagnose";
            if (!s.complete()) {
                items.add(new WorkItem(client, "worklist.kind.diagnosisMissing", today,
                        text("worklist.diagnosisMissing.text"), href + "#situatie"));
            }
            outdated(client, s.ladderFact(), "trede", until, href).ifPresent(items::add);
            outdated(client, s.zrmFact(), "ZRM", until, href).ifPresent(items::add);
        }
        return items;
    }

    private java.util.Optional<WorkItem> outdated(ClientId client, DiagnosisFact fact, String what, LocalDate until, String href) {
        if (fact == null) {
            return java.util.Optional.empty();
        }
        LocalDate due = fact.from().plus(outdatedAfter);
        return due.isAfter(until) ? java.util.Optional.empty() : java.util.Optional.of(new WorkItem(client, "worklist.kind.diagnosisOutdated",
                due, text("worklist.diagnosisOutdated.text", what, Formats.DATE.format(fact.from())),
                href + (fact.kind() == FactKind.ZRM ? "#zrm" : "#trede")));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, java.util.Locale.of("nl"));
    }
}
