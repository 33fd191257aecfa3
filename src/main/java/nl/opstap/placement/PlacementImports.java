package nl.opstap.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import nl.opstap.access.Access;
import nl.opstap.access.Permission;
import nl.opstap.access.Role;
import nl.opstap.access.UserDirectory;
import nl.opstap.access.UserId;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.BenefitChange;
import nl.opstap.client.BenefitSpan;
import nl.opstap.client.BenefitSpans;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.employer.EmployerSummary;
import nl.opstap.employer.Employers;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports whole placement histories for many clients at once (demo data, a move from another system): placements with
 * the follow-up contacts already held, outflows and the re-entries after them. Every client is checked first, by the
 * rules the screens apply ({@link HistoryCheck}); then one JDBC batch per table, the benefit histories changed with
 * the outflows (a full outflow ends the benefit, a re-entry starts it again) and one log entry per client (PLACEMENT).
 * Needs an access for {@code PLACEMENT_WRITE}; refuses clients outside its scope. Nothing is stored unless all is.
 */
@Service
public class PlacementImports {

    /** One client's history; outflows name their placement by its index in {@code placements}. */
    public record HistoryImport(ClientId client, List<PlacementImport> placements, List<OutflowImport> outflows) {
        public HistoryImport {
            placements = List.copyOf(placements);
            outflows = List.copyOf(outflows);
        }
    }

    /** A placement as it ran (end and reason together, or neither); {@code held} lists the follow-up contacts held so far. */
    public record PlacementImport(PlacementType type, @Nullable String whyNotHigher, @Nullable UUID employer, LocalDate start,
                                  @Nullable LocalDate end, @Nullable String endReason, int hours, @Nullable ContractType contract,
                                  boolean wageSubsidy, boolean noRisk, @Nullable UUID jobcoach, List<HeldFollowUp> held) {
        public PlacementImport {
            held = List.copyOf(held);
        }
    }

    /** A held follow-up contact: months after the start (one of {@link #followUpMonths}), with whom ({@link #followUpParties}). */
    public record HeldFollowUp(int months, String party, LocalDate held, String outcome, boolean signal) {}

    /** An outflow in date order, the placement behind it (index, or null), and the day the client came back (or null). */
    public record OutflowImport(LocalDate date, OutflowReason reason, OutflowExtent extent, @Nullable Integer placement,
                                @Nullable LocalDate reEntry) {}

    /** How much was stored. */
    public record Imported(int clients, int placements, int followUps, int outflows, int reEntries) {}

    private final HistoryWrites writes;
    private final Placements placements;
    private final Outflows outflows;
    private final PlacementSettings settings;
    private final ClientDirectory clients;
    private final BenefitSpans benefits;
    private final Employers employers;
    private final UserDirectory users;
    private final ProcessingLog log;
    private final Clock clock;

    PlacementImports(HistoryWrites writes, Placements placements, Outflows outflows, PlacementSettings settings, ClientDirectory clients,
                     BenefitSpans benefits, Employers employers, UserDirectory users, ProcessingLog log, Clock clock) {
        this.writes = writes;
        this.placements = placements;
        this.outflows = outflows;
        this.settings = settings;
        this.clients = clients;
        this.benefits = benefits;
        this.employers = employers;
        this.users = users;
        this.log = log;
        this.clock = clock;
    }

    /** Whether any placement or outflow is stored at all (demo data are loaded only into an empty module). */
    public boolean anyStored() {
        return writes.anyStored();
    }

    /** The months after a placement's start at which follow-up contacts are planned (the organisation's setting). */
    public List<Integer> followUpMonths() {
        return settings.schedule().months();
    }

    /** With whom a follow-up contact is held at each moment. */
    public List<String> followUpParties() {
        return PlacementService.PARTIES;
    }

    @Transactional
    public Imported importHistories(Access access, List<HistoryImport> histories) {
        if (access.permission() != Permission.PLACEMENT_WRITE) {
            throw new IllegalArgumentException("importing placements needs an access for PLACEMENT_WRITE");
        }
        List<HistoryCheck.Checked> checked = checkAll(access, histories);
        writes.store(checked, clock.instant(), access.user().id().value());
        Map<ClientId, List<BenefitChange>> changes = new LinkedHashMap<>();
        checked.stream().filter(c -> !c.benefit().isEmpty()).forEach(c -> changes.put(c.client().id(), c.benefit()));
        clients.changeBenefits(access, changes);
        log.record(access, ProcessingActivity.PLACEMENT, ProcessingAction.CREATE, Outcome.SUCCESS, checked.stream()
                .map(c -> new LogSubject(c.client().id().value(), c.client().municipality())).toList());
        return new Imported(checked.size(), sum(checked, c -> c.placements().size()), sum(checked, c -> c.followUps().size()),
                sum(checked, c -> c.outflows().size()), sum(checked, c -> c.reEntries().size()));
    }

    /** Every history checked against what is stored for its client; a violation names the history, e.g. {@code histories[3]}. */
    private List<HistoryCheck.Checked> checkAll(Access access, List<HistoryImport> histories) {
        List<ClientId> ids = histories.stream().map(HistoryImport::client).toList();
        if (new HashSet<>(ids).size() != ids.size()) {
            throw RuleViolation.of(HistoryImport.class, "client", "twice", "Een werkzoekende staat meer dan één keer in de import.");
        }
        Map<ClientId, ClientRef> refs = clients.refsOf(access, ids).stream().collect(Collectors.toMap(ClientRef::id, r -> r));
        Map<ClientId, List<BenefitSpan>> spans = benefits.of(ids);
        Map<UUID, List<Placement>> stored = new HashMap<>();
        Set<UUID> outflowStored = new HashSet<>();
        List<UUID> uuids = ids.stream().map(ClientId::value).toList();
        for (int i = 0; i < uuids.size(); i += 1000) {
            List<UUID> chunk = uuids.subList(i, Math.min(uuids.size(), i + 1000));
            placements.ofClients(chunk).forEach(p -> stored.computeIfAbsent(p.client(), k -> new ArrayList<>()).add(p));
            outflows.ofClients(chunk).forEach(o -> outflowStored.add(o.client()));
        }
        HistoryCheck.Context context = new HistoryCheck.Context(settings.schedule(), settings.revolvingDoorRule(),
                settings.revolvingDoorMonths(), LocalDate.now(clock), employerRule(access, histories), jobcoachRule());
        List<HistoryCheck.Checked> checked = new ArrayList<>(histories.size());
        for (int i = 0; i < histories.size(); i++) {
            HistoryImport h = histories.get(i);
            UUID id = h.client().value();
            checked.add(HistoryCheck.named("histories[" + i + "]", () -> {
                ClientRef ref = refs.get(h.client());
                if (ref == null) {
                    throw RuleViolation.of(null, "client", "unknown", "Deze werkzoekende valt buiten uw gemeenten.");
                }
                return HistoryCheck.check(h, ref, spans.getOrDefault(h.client(), List.of()), stored.getOrDefault(id, List.of()),
                        outflowStored.contains(id), context);
            }));
        }
        return checked;
    }

    /** The employers named, as far as the caller may read them, each with its municipality (one query for all). */
    private BiPredicate<UUID, MunicipalityCode> employerRule(Access access, List<HistoryImport> histories) {
        boolean named = histories.stream().flatMap(h -> h.placements().stream()).anyMatch(p -> p.employer() != null);
        Map<UUID, MunicipalityCode> of = named ? employers.all(access.as(Permission.EMPLOYER_READ)).stream()
                .collect(Collectors.toMap(e -> e.id().value(), EmployerSummary::municipality)) : Map.of();
        return (employer, municipality) -> municipality.equals(of.get(employer));
    }

    /** Whether a user holds the jobcoach role in a municipality, asked once per pair. */
    private BiPredicate<UUID, MunicipalityCode> jobcoachRule() {
        Map<String, Boolean> known = new HashMap<>();
        return (user, municipality) -> known.computeIfAbsent(user + "/" + municipality.value(),
                k -> users.holds(new UserId(user), Role.JOBCOACH, municipality));
    }

    private static int sum(List<HistoryCheck.Checked> checked, java.util.function.ToIntFunction<HistoryCheck.Checked> count) {
        return checked.stream().mapToInt(count).sum();
    }
}
