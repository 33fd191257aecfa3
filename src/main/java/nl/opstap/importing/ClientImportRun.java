package nl.opstap.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opstap.access.Access;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientImports;
import nl.opstap.diagnosis.DiagnosisImports;
import nl.opstap.organisation.MunicipalityCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Clients with their benefit status, caseworker and current diagnosis. Rows are read, then checked and written
 * in chunks by the client and diagnosis modules; a row is written whole (file and diagnosis) or not at all.
 */
@Component
class ClientImportRun implements ImportRun {

    private static final int CHUNK = 5000;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ClientImportRun.class);

    private final ClientImports clients;
    private final DiagnosisImports diagnoses;
    private final ImportLookups lookups;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClientImportRun(ClientImports clients, DiagnosisImports diagnoses, ImportLookups lookups, ApplicationEventPublisher events, Clock clock) {
        this.clients = clients;
        this.diagnoses = diagnoses;
        this.lookups = lookups;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.CLIENTS;
    }

    @Override
    public Result check(Access access, ImportSettings settings, SourceTable table, Progress progress) {
        if (table.rows().size() >= 10_000) {
            // A large file is looked up by many keys; stale planner statistics would turn those look-ups into scans.
            clients.refreshStatistics();
            diagnoses.refreshStatistics();
        }
        Batch batch = read(access, settings, table);
        for (int from = 0; from < batch.rows.size(); from += CHUNK) {
            List<ClientRowReader.ReadRow> chunk = batch.rows.subList(from, Math.min(batch.rows.size(), from + CHUNK));
            batch.planned(chunk, clients.plan(access, clientRows(chunk)), diagnoses::plan, access);
            progress.rows(from + chunk.size());
        }
        return batch.result(table);
    }

    @Override
    public Result write(Access access, ImportSettings settings, SourceTable table, ImportMode mode, Progress progress) {
        Batch batch = read(access, settings, table);
        refuseIfAny(mode, batch, table);
        List<ClientRowReader.ReadRow> rows = batch.rows;
        if (mode == ImportMode.VALID_ROWS) {
            Batch probe = batch.probe();
            probe.planned(rows, clients.plan(access, clientRows(rows)), diagnoses::plan, access);
            Set<Integer> refused = probe.refusedRows();
            batch.problems.addAll(probe.problems);
            rows = rows.stream().filter(r -> !refused.contains(r.client().number())).toList();
        }
        // One call for all rows, not chunks: each module looks up every row before it writes the first (see ClientImports).
        int before = batch.problems.size();
        long start = System.nanoTime();
        List<ClientImports.Outcome> outcomes = clients.apply(access, clientRows(rows), written -> progress.rows(written * 3 / 4));
        long clientsDone = System.nanoTime();
        batch.planned(rows, outcomes, diagnoses::apply, access);
        log.info("Import of {} rows: clients {} ms, diagnosis {} ms", rows.size(), (clientsDone - start) / 1_000_000,
                (System.nanoTime() - clientsDone) / 1_000_000);
        if (batch.problems.size() > before) {
            throw new RowsRefused(batch.result(table)); // a row changed since the check: nothing of this import stays
        }
        progress.rows(table.rows().size());
        Set<ClientId> touched = new LinkedHashSet<>(batch.written);
        events.publishEvent(new ClientsImported(touched.size() <= ClientsImported.FEW ? touched : Set.of(), touched.size() > ClientsImported.FEW));
        Result result = batch.result(table);
        return new Result(result.counts(), result.problems(), touched.size());
    }

    @Override
    public void afterCommit(Result result) {
        if (result.counts().newRows() + result.counts().changedRows() >= 1000) {
            clients.refreshStatistics();
            diagnoses.refreshStatistics();
        }
    }

    private static void refuseIfAny(ImportMode mode, Batch batch, SourceTable table) {
        if (mode == ImportMode.ALL_OR_NOTHING && !batch.problems.isEmpty()) {
            throw new RowsRefused(batch.result(table));
        }
    }

    /** Reads every row and sets aside those whose cells cannot be read or whose BSN occurs twice in a municipality. */
    private Batch read(Access access, ImportSettings settings, SourceTable table) {
        ClientRowReader reader = new ClientRowReader(settings, table.headers(), lookups.forAccess(access), LocalDate.now(clock));
        Batch batch = new Batch(new RowCells(ImportKind.CLIENTS, settings.mapping(), table.headers()));
        Map<String, Integer> firstRow = new HashMap<>();
        List<ClientRowReader.ReadRow> read = new ArrayList<>(table.rows().size());
        Set<Integer> duplicated = new HashSet<>();
        for (SourceTable.SourceRow row : table.rows()) {
            ClientRowReader.ReadRow r = reader.read(row, batch.problems);
            if (r == null) {
                continue;
            }
            String key = ClientImports.key(r.client().details());
            Integer earlier = firstRow.putIfAbsent(key, row.number());
            if (earlier != null && !r.client().details().bsn().isBlank()) {
                batch.problems.add(batch.cells.problem(row.number(), "bsn", "Dit BSN staat ook in rij " + earlier
                        + ". Een werkzoekende staat maar één keer in een bestand; geen van deze rijen wordt zo geïmporteerd."));
                if (duplicated.add(earlier)) {
                    batch.problems.add(batch.cells.problem(earlier, "bsn", "Dit BSN staat later in het bestand nog eens; geen van deze rijen wordt zo geïmporteerd."));
                }
                duplicated.add(row.number());
            }
            read.add(r);
        }
        read.removeIf(r -> duplicated.contains(r.client().number()));
        batch.rows.addAll(read);
        return batch;
    }

    private static List<ClientImports.Row> clientRows(List<ClientRowReader.ReadRow> rows) {
        return rows.stream().map(ClientRowReader.ReadRow::client).toList();
    }

    /** The rows of one run and what became of them. */
    private static final class Batch {
        final RowCells cells;
        final List<ClientRowReader.ReadRow> rows = new ArrayList<>();
        final List<RowProblem> problems = new ArrayList<>();
        final List<ClientId> written = new ArrayList<>();
        int created;
        int changed;
        int unchanged;

        Batch(RowCells cells) {
            this.cells = cells;
        }

        Batch probe() {
            return new Batch(cells);
        }

        void planned(List<ClientRowReader.ReadRow> chunk, List<ClientImports.Outcome> outcomes,
                     java.util.function.BiFunction<Access, List<DiagnosisImports.Row>, DiagnosisImports.Result> diagnosis, Access access) {
            written.clear();
            Map<Integer, ClientRowReader.ReadRow> byNumber = new HashMap<>();
            chunk.forEach(r -> byNumber.put(r.client().number(), r));
            List<DiagnosisImports.Row> facts = new ArrayList<>();
            List<ClientImports.Outcome> valid = new ArrayList<>();
            for (ClientImports.Outcome o : outcomes) {
                o.problems().forEach(p -> problems.add(cells.problem(p.row(), ClientRowReader.FIELD_OF.getOrDefault(p.field(), p.field()), p.message())));
                if (o.valid() && o.client() != null) {
                    valid.add(o);
                    ClientRowReader.ReadRow r = byNumber.get(o.row());
                    facts.add(new DiagnosisImports.Row(o.row(), o.client(), new MunicipalityCode(r.client().details().municipality()),
                            r.client().details().dateOfBirth(), o.change() != ClientImports.Change.NEW, r.diagnosisFrom(), r.situation(),
                            r.perspective(), r.ladder(), r.sectors()));
                }
            }
            DiagnosisImports.Result result = diagnosis.apply(access, facts);
            Set<Integer> factProblems = new HashSet<>();
            result.problems().forEach(p -> {
                factProblems.add(p.row());
                problems.add(cells.problem(p.row(), ClientRowReader.FIELD_OF.getOrDefault(p.field(), p.field()), p.message()));
            });
            Set<Integer> factChanges = new HashSet<>(result.changedRows());
            for (ClientImports.Outcome o : valid) {
                if (factProblems.contains(o.row())) {
                    continue;
                }
                written.add(o.client());
                if (o.change() == ClientImports.Change.NEW) {
                    created++;
                } else if (o.change() == ClientImports.Change.CHANGED || factChanges.contains(o.row())) {
                    changed++;
                } else {
                    unchanged++;
                }
            }
        }

        Set<Integer> refusedRows() {
            Set<Integer> refused = new HashSet<>();
            problems.forEach(p -> refused.add(p.row()));
            return refused;
        }

        Result result(SourceTable table) {
            problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
            return new Result(new ImportCounts(table.rows().size(), table.emptyRows(), refusedRows().size(), created, changed, unchanged),
                    List.copyOf(problems), written.size());
        }
    }
}
