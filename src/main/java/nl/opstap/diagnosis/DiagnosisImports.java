package nl.opstap.diagnosis;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.taxonomy.Sector;
import nl.opstap.taxonomy.Sectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current situation, perspective, ladder step and sectors of imported clients (issue 9). A value equal to
 * the one that holds now changes nothing; a different one becomes a new fact from the import's date, where the current
 * one then ends, or corrects it when both start on the same date. A value older than what is recorded is refused.
 * Runs inside the caller's transaction; the caller tells the matching index afterwards.
 */
@Service
public class DiagnosisImports {

    /** One row's diagnosis; a null value (or null sectors) means "not in this import". */
    public record Row(int number, ClientId client, MunicipalityCode municipality, LocalDate dateOfBirth, boolean existing,
                      LocalDate from, @Nullable CurrentSituation situation, @Nullable Perspective perspective,
                      @Nullable LadderStep ladder, @Nullable List<String> sectors) {}

    public record Problem(int row, String field, String message) {}

    /** Problems per row, and the rows whose diagnosis changes (or, for new clients, is recorded). */
    public record Result(List<Problem> problems, List<Integer> changedRows) {}

    private final HeldFacts held;
    private final FactWrites writes;
    private final Sectors sectors;
    private final ProcessingLog log;
    private final Clock clock;
    private final nl.opstap.shared.jdbc.TableStatistics statistics;

    DiagnosisImports(HeldFacts held, FactWrites writes, Sectors sectors, ProcessingLog log, Clock clock,
                     nl.opstap.shared.jdbc.TableStatistics statistics) {
        this.statistics = statistics;
        this.held = held;
        this.writes = writes;
        this.sectors = sectors;
        this.log = log;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Result plan(Access access, List<Row> rows) {
        return run(access, rows, false);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Result apply(Access access, List<Row> rows) {
        return run(access, rows, true);
    }

    /** After a large import has committed: the fact tables grew, so their planner statistics are refreshed. */
    public void refreshStatistics() {
        statistics.refresh(List.of("diagnosis_fact", "diagnosis_fact_sector"));
    }

    private Result run(Access access, List<Row> rows, boolean write) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<UUID, Map<FactKind, HeldFacts.Current>> current = held.of(rows.stream()
                .filter(Row::existing).map(r -> r.client().value()).toList());
        Map<String, List<Sector>> lists = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        List<Integer> changed = new ArrayList<>();
        List<FactWrites.NewFact> inserts = new ArrayList<>();
        List<LogSubject> read = new ArrayList<>();
        List<LogSubject> recorded = new ArrayList<>();
        List<Runnable> later = new ArrayList<>();
        for (Row row : rows) {
            List<FactRecord> facts = facts(row);
            if (facts.isEmpty()) {
                continue;
            }
            Map<FactKind, HeldFacts.Current> holding = current.getOrDefault(row.client().value(), Map.of());
            List<Problem> rowProblems = new ArrayList<>();
            List<FactWrites.NewFact> rowInserts = new ArrayList<>();
            List<HeldFacts.Current> ended = new ArrayList<>();
            List<Map.Entry<HeldFacts.Current, UUID>> corrected = new ArrayList<>();
            for (FactRecord fact : facts) {
                String field = fieldOf(fact.kind());
                try {
                    DiagnosisDates.check(fact.from(), null, today, row.dateOfBirth(), fact.getClass(), "from", "to");
                    if (fact instanceof FactRecord.SectorsFact s) {
                        SectorChoice.check(s.sectors(), lists.computeIfAbsent(row.municipality().value(),
                                m -> sectors.forMunicipality(row.municipality())), fact.getClass(), field);
                    }
                } catch (RuleViolation violation) {
                    violation.violations().forEach(v -> rowProblems.add(new Problem(row.number(), field, v.message())));
                    continue;
                }
                HeldFacts.Current now0 = holding.get(fact.kind());
                if (now0 != null && now0.value().equals(valueOf(fact))) {
                    continue;
                }
                if (now0 != null && now0.from().isAfter(fact.from())) {
                    rowProblems.add(new Problem(row.number(), field, "Er is al een waarde vastgelegd vanaf " + nl.opstap.shared.web.Formats.DATE.format(now0.from())
                            + "; een import kan geen waarde van een eerdere datum toevoegen. Kies een latere datum."));
                    continue;
                }
                UUID id = UUID.randomUUID();
                if (now0 != null && now0.from().equals(fact.from())) {
                    corrected.add(Map.entry(now0, id)); // same date: the file corrects the value, the old one stays in the history
                } else if (now0 != null) {
                    ended.add(now0);
                }
                rowInserts.add(new FactWrites.NewFact(new DiagnosisFact(id, fact, row.municipality(), null, now,
                        access.user().displayName(), null, null, null, null), access.user().id().value()));
            }
            if (row.existing()) {
                read.add(new LogSubject(row.client().value(), row.municipality()));
            }
            if (!rowProblems.isEmpty()) {
                problems.addAll(rowProblems);
            } else if (!rowInserts.isEmpty()) {
                changed.add(row.number());
                recorded.add(new LogSubject(row.client().value(), row.municipality()));
                inserts.addAll(rowInserts);
                if (write) {
                    LocalDate from = row.from();
                    ended.forEach(c -> writes.updateEnd(c.kind(), c.id(), from));
                    corrected.forEach(c -> later.add(() -> writes.markCorrected(c.getKey().kind(), c.getKey().id(), now,
                            access.user().displayName(), "Gecorrigeerd door een import", c.getValue())));
                }
            }
        }
        log.record(access, ProcessingActivity.DATA_EXCHANGE, ProcessingAction.READ, Outcome.SUCCESS, read);
        if (write) {
            writes.insert(inserts);
            later.forEach(Runnable::run); // after the inserts: replaced_by points at the new fact
            log.record(access, ProcessingActivity.DATA_EXCHANGE, ProcessingAction.CREATE, Outcome.SUCCESS, recorded);
        }
        return new Result(problems, changed);
    }

    private static List<FactRecord> facts(Row row) {
        List<FactRecord> facts = new ArrayList<>(4);
        if (row.situation() != null) {
            facts.add(new FactRecord.SituationFact(row.client(), row.situation(), row.from()));
        }
        if (row.perspective() != null) {
            facts.add(new FactRecord.PerspectiveFact(row.client(), row.perspective(), row.from()));
        }
        if (row.ladder() != null) {
            facts.add(new FactRecord.LadderFact(row.client(), row.ladder(), row.from()));
        }
        if (row.sectors() != null) {
            facts.add(new FactRecord.SectorsFact(row.client(), row.sectors(), row.from()));
        }
        return facts;
    }

    /** The stored form of a fact's value, as {@link HeldFacts} reads it back. */
    private static String valueOf(FactRecord fact) {
        return switch (fact) {
            case FactRecord.SituationFact s -> s.situation().name();
            case FactRecord.PerspectiveFact p -> p.perspective().name();
            case FactRecord.LadderFact l -> l.step().name();
            case FactRecord.SectorsFact s -> String.join(",", s.sectors());
            default -> Objects.toString(fact);
        };
    }

    private static String fieldOf(FactKind kind) {
        return switch (kind) {
            case SITUATION -> "situation";
            case PERSPECTIVE -> "perspective";
            case LADDER -> "ladder";
            default -> "sectors";
        };
    }
}
