package nl.opstap.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.client.CandidateFacts;
import nl.opstap.client.CandidateFeed;
import nl.opstap.organisation.Municipalities;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fairness report of a period over the municipalities of an OVERVIEW access. Candidates: the clients of those
 * municipalities who had consented to matching on the last day of the period (only they can be proposed), and
 * anyone proposed in the period, also when they withdrew consent later. Only counts leave this class, so nothing
 * is written to the processing log (as for the other aggregated figures).
 */
@Service
class FairnessReports {

    /** The report: the period, the municipalities' names, how many top-10 lists were shown, and the dimensions. */
    record Report(ReportPeriod period, List<String> municipalities, int lists, List<FairnessFigures.Dimension> dimensions) {}

    private final CandidateFeed feed;
    private final Pairs pairs;
    private final RankingsShown rankings;
    private final Municipalities municipalities;
    private final JdbcClient jdbc;
    private final Clock clock;

    FairnessReports(CandidateFeed feed, Pairs pairs, RankingsShown rankings, Municipalities municipalities, JdbcClient jdbc, Clock clock) {
        this.feed = feed;
        this.pairs = pairs;
        this.rankings = rankings;
        this.municipalities = municipalities;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    Report of(Access access, ReportPeriod period) {
        Map<UUID, boolean[]> pairsOf = new HashMap<>(); // client -> {proposed, selected}
        for (Pair p : pairs.proposedIn(access.scope(), period.from(), period.to())) {
            boolean[] flags = pairsOf.computeIfAbsent(p.client().value(), k -> new boolean[2]);
            flags[0] = true;
            flags[1] |= FairnessFigures.selected(p.status());
        }
        Set<UUID> consenting = consenting(access, period.to());
        List<FairnessReport.Outcome> outcomes = new ArrayList<>();
        for (CandidateFacts c : feed.all()) {
            UUID id = c.id().value();
            if (access.scope().contains(c.municipality()) && (consenting.contains(id) || pairsOf.containsKey(id))) {
                boolean[] flags = pairsOf.getOrDefault(id, new boolean[2]);
                int age = Period.between(c.dateOfBirth(), period.to()).getYears();
                outcomes.add(new FairnessReport.Outcome(c.gender().code(), FairnessReport.ageBand(age), flags[0], flags[1]));
            }
        }
        List<List<FairnessReport.Outcome>> shown = rankings.in(access.scope(), period.from(), period.to());
        List<String> names = municipalities.of(access.scope().municipalities()).stream().map(m -> m.name()).sorted().toList();
        return new Report(period, names, shown.size(), FairnessFigures.of(outcomes, shown));
    }

    /** The clients of the municipalities whose consent to matching stood on the day (recorded then or before). */
    private Set<UUID> consenting(Access access, LocalDate on) {
        return new HashSet<>(jdbc.sql("""
                SELECT client_id FROM matching_consent WHERE matching = TRUE AND recorded_on <= :on AND municipality_code IN (:scope)""")
                .param("on", on).param("scope", access.scope().codes()).query(UUID.class).list());
    }
}
