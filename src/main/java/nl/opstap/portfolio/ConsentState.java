package nl.opstap.portfolio;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.opstap.employer.EmployerId;

/**
 * Rule: a consent's current state is its latest record (the history is append-only). Without any record nothing
 * is consented: not published, no employer.
 */
record ConsentState(boolean published, Set<EmployerId> employers) {

    static ConsentState of(List<ConsentRecord> history) {
        List<ConsentRecord> ordered = history.stream().sorted(Comparator.comparingLong(ConsentRecord::seq)).toList();
        boolean published = false;
        Map<EmployerId, Boolean> employers = new LinkedHashMap<>();
        for (ConsentRecord r : ordered) {
            if (r.kind() == ConsentKind.PUBLISH) {
                published = r.given();
            } else if (r.employer() != null) {
                employers.put(r.employer(), r.given());
            }
        }
        return new ConsentState(published, employers.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet()));
    }

    boolean allows(EmployerId employer) {
        return employers.contains(employer);
    }
}
