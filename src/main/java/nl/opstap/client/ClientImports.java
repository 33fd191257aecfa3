package nl.opstap.client;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.opstap.access.Access;
import nl.opstap.access.Role;
import nl.opstap.access.UserDirectory;
import nl.opstap.access.UserId;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of clients (issue 9): every row is checked by the register's own rules, matched on BSN within its
 * municipality, and then either registered, updated where it differs, or left alone. {@link #plan} says what
 * would happen without writing; {@link #apply} writes, inside the caller's transaction, so an import is all
 * its rows or none of them.
 */
@Service
public class ClientImports {

    private static final ProcessingActivity ACTIVITY = ProcessingActivity.DATA_EXCHANGE;
    private static final org.slf4j.Logger timing = org.slf4j.LoggerFactory.getLogger(ClientImports.class);

    /**
     * One row: the details as read (fields not in {@code present} keep the existing file's value on an update),
     * the benefit status with its start, and the caseworker.
     */
    public record Row(int number, ClientDetails details, Set<String> present, @Nullable BenefitStatus benefit,
                      @Nullable LocalDate benefitFrom, @Nullable UserId caseworker) {}

    /** A problem with one field of one row; {@code field} is a property of {@link ClientDetails} or benefit/caseworker. */
    public record Problem(int row, String field, String message) {}

    public enum Change { NEW, CHANGED, UNCHANGED }

    /** What a row does, and to which client; {@code client} is null for a row with problems. */
    public record Outcome(int row, @Nullable ClientId client, @Nullable Change change, List<Problem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private final Validator validator;
    private final Clients clients;
    private final ClientImportWrites writes;
    private final UserDirectory users;
    private final ProcessingLog log;
    private final Clock clock;
    private final nl.opstap.shared.jdbc.TableStatistics statistics;

    ClientImports(Validator validator, Clients clients, ClientImportWrites writes, UserDirectory users, ProcessingLog log, Clock clock,
                  nl.opstap.shared.jdbc.TableStatistics statistics) {
        this.statistics = statistics;
        this.validator = validator;
        this.clients = clients;
        this.writes = writes;
        this.users = users;
        this.log = log;
        this.clock = clock;
    }

    /** What each row would do, with every problem found; writes only the log of the existing files it compared. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Outcome> plan(Access access, List<Row> rows) {
        List<Prepared> prepared = prepare(access, rows);
        logRead(access, prepared);
        return prepared.stream().map(Prepared::outcome).toList();
    }

    /**
     * Writes the valid rows (rows with problems are left out; the caller decides whether that is acceptable) and
     * logs each registration and update. Returns every row's outcome.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Outcome> apply(Access access, List<Row> rows) {
        return apply(access, rows, written -> { });
    }

    /**
     * As {@link #apply(Access, List)}, telling {@code progress} how many rows are written so far. Every row is looked
     * up before the first is written: within one transaction PostgreSQL's statistics do not see the new rows, and
     * a look-up after thousands of inserts would be planned as a scan.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Outcome> apply(Access access, List<Row> rows, java.util.function.IntConsumer progress) {
        long start = System.nanoTime();
        List<Prepared> prepared = prepare(access, rows);
        logRead(access, prepared);
        long checked = System.nanoTime();
        UserId by = access.user().id();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Client> created = new ArrayList<>();
        List<Client> changed = new ArrayList<>();
        for (Prepared p : prepared) {
            if (p.client() != null && p.change() == Change.NEW) {
                created.add(p.client());
            } else if (p.client() != null && p.change() == Change.CHANGED) {
                changed.add(p.client());
            }
        }
        writes.insert(created, by, now, progress);
        for (int i = 0; i < changed.size(); i++) {
            clients.update(changed.get(i), by, now);
            if (i % 1000 == 999) {
                progress.accept(created.size() + i + 1);
            }
        }
        long stored = System.nanoTime();
        log.record(access, ACTIVITY, ProcessingAction.CREATE, nl.opstap.audit.Outcome.SUCCESS, subjects(created));
        log.record(access, ACTIVITY, ProcessingAction.UPDATE, nl.opstap.audit.Outcome.SUCCESS, subjects(changed));
        timing.info("Client import of {} rows: checked in {} ms, {} new and {} changed stored in {} ms, logged in {} ms", rows.size(),
                (checked - start) / 1_000_000, created.size(), changed.size(), (stored - checked) / 1_000_000, (System.nanoTime() - stored) / 1_000_000);
        return prepared.stream().map(Prepared::outcome).toList();
    }

    /** After a large import has committed: the register's tables grew, so their planner statistics are refreshed. */
    public void refreshStatistics() {
        statistics.refresh(List.of("client", "client_benefit_status", "client_caseworker"));
    }

    private List<Prepared> prepare(Access access, List<Row> rows) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<String, Client> existing = clients.findByBsns(access.scope(), rows.stream().map(Row::details).toList());
        Map<String, Boolean> caseworkerRoles = new HashMap<>();
        List<Prepared> result = new ArrayList<>(rows.size());
        Set<String> seen = new java.util.HashSet<>();
        for (Row row : rows) {
            List<Problem> problems = check(access, row, today, caseworkerRoles);
            if (problems.isEmpty() && !seen.add(key(row.details()))) {
                problems = List.of(new Problem(row.number(), "bsn", "Dit BSN staat vaker in het bestand voor deze gemeente."));
            }
            if (!problems.isEmpty()) {
                result.add(new Prepared(row.number(), null, null, null, problems));
                continue;
            }
            Client current = existing.get(key(row.details()));
            try {
                result.add(current == null ? register(access, row, today, now) : update(access, row, current, today, now));
            } catch (RuleViolation violation) {
                result.add(new Prepared(row.number(), null, null, null, violation.violations().stream()
                        .map(v -> new Problem(row.number(), v.field(), v.message())).toList()));
            }
        }
        return result;
    }

    private Prepared register(Access access, Row row, LocalDate today, Instant now) {
        Client client = Client.register(row.details(), today, now);
        if (row.benefit() != null) {
            client.startBenefitStatus(row.benefit(), Objects.requireNonNull(row.benefitFrom()), now, access.user().id());
        }
        if (row.caseworker() != null) {
            client.assignCaseworker(row.caseworker(), today, now, access.user().id());
        }
        return new Prepared(row.number(), client, Change.NEW, null, List.of());
    }

    private Prepared update(Access access, Row row, Client found, LocalDate today, Instant now) {
        ClientDetails merged = ImportedDetails.merge(found.details(), row.details(), row.present());
        boolean detailsChanged = !merged.equals(found.details());
        boolean benefitChanged = row.benefit() != null && found.benefitStatusOn(today).orElse(null) != row.benefit();
        boolean caseworkerChanged = row.caseworker() != null && !row.caseworker().equals(found.caseworkerId());
        if (!detailsChanged && !benefitChanged && !caseworkerChanged) {
            return new Prepared(row.number(), found, Change.UNCHANGED, found, List.of());
        }
        Client client = clients.withHistory(found);
        if (detailsChanged) {
            client.change(merged, client.version(), today);
        }
        if (benefitChanged) {
            new BenefitChange(row.benefit(), Objects.requireNonNull(row.benefitFrom())).check(today, merged.dateOfBirth());
            client.startBenefitStatus(row.benefit(), row.benefitFrom(), now, access.user().id());
        }
        if (caseworkerChanged) {
            client.assignCaseworker(row.caseworker(), today, now, access.user().id());
        }
        return new Prepared(row.number(), client, Change.CHANGED, found, List.of());
    }

    /** The rules a row must meet on its own: the register's field rules, scope, age, benefit and caseworker. */
    private List<Problem> check(Access access, Row row, LocalDate today, Map<String, Boolean> caseworkerRoles) {
        List<Problem> problems = new ArrayList<>();
        ClientDetails d = row.details();
        for (ConstraintViolation<ClientDetails> v : validator.validate(d)) {
            problems.add(new Problem(row.number(), v.getPropertyPath().toString(), v.getMessage()));
        }
        boolean municipalityValid = MunicipalityCode.isValid(d.municipality());
        if (municipalityValid && !access.scope().contains(new MunicipalityCode(d.municipality()))) {
            problems.add(new Problem(row.number(), "municipality", "U mag in deze gemeente geen werkzoekenden importeren."));
        }
        if (d.dateOfBirth() != null) {
            String birth = Client.birthDateProblem(d.dateOfBirth(), today);
            if (birth != null && problems.stream().noneMatch(p -> p.field().equals("dateOfBirth"))) {
                problems.add(new Problem(row.number(), "dateOfBirth", birth));
            }
        }
        if ((row.benefit() == null) != (row.benefitFrom() == null)) {
            problems.add(new Problem(row.number(), row.benefit() == null ? "benefit" : "benefitFrom", row.benefit() == null
                    ? "Vul ook de uitkeringsstatus in, of laat de ingangsdatum leeg." : "Vul de ingangsdatum van de uitkeringsstatus in."));
        }
        if (row.caseworker() != null && municipalityValid) {
            MunicipalityCode municipality = new MunicipalityCode(d.municipality());
            boolean holds = caseworkerRoles.computeIfAbsent(row.caseworker().value() + "/" + municipality.value(),
                    k -> users.holds(row.caseworker(), Role.CASEWORKER, municipality));
            if (!holds) {
                problems.add(new Problem(row.number(), "caseworker", "Deze klantmanager werkt niet voor de gemeente van deze werkzoekende."));
            }
        }
        return problems;
    }

    private void logRead(Access access, List<Prepared> prepared) {
        List<LogSubject> compared = new ArrayList<>();
        prepared.stream().filter(p -> p.found() != null).forEach(p -> compared.add(subject(p.found())));
        log.record(access, ACTIVITY, ProcessingAction.READ, nl.opstap.audit.Outcome.SUCCESS, compared);
    }

    private static List<LogSubject> subjects(List<Client> changed) {
        return changed.stream().map(ClientImports::subject).toList();
    }

    private static LogSubject subject(Client client) {
        return new LogSubject(client.id().value(), client.municipality());
    }

    /** The key a row is matched on: its municipality and its BSN as stored (8 digits padded). */
    public static String key(ClientDetails details) {
        return details.municipality() + "/" + Bsn.normalise(details.bsn());
    }

    /** A row ready to write: the client as it will be stored, and the file it was compared with. */
    private record Prepared(int row, @Nullable Client client, @Nullable Change change, @Nullable Client found, List<Problem> problems) {
        Outcome outcome() {
            return new Outcome(row, client == null ? null : client.id(), change, problems);
        }
    }

    /** Rows keyed by their order, for callers that need them by number. */
    public static Map<Integer, Outcome> byRow(List<Outcome> outcomes) {
        Map<Integer, Outcome> result = new LinkedHashMap<>();
        outcomes.forEach(o -> result.put(o.row(), o));
        return result;
    }
}
