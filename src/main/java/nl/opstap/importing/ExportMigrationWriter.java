package nl.opstap.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opstap.access.Access;
import nl.opstap.access.UserDirectory;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientRef;
import nl.opstap.client.PersonalDataContributor;
import nl.opstap.client.PersonalDataPart;
import nl.opstap.employer.EmployerTransfer;
import nl.opstap.employer.Employers;
import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.Municipality;
import nl.opstap.vacancy.Vacancies;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an organisation's data as JSON lines (format in docs/export-format.md): a header, the municipalities, the
 * users, every client with everything each module holds about them (the same {@link PersonalDataContributor}s as the
 * AVG download, BSN included), the employers with contacts and contact moments, the vacancies, and a closing line
 * with counts. Each client's reads and its processing-log line commit together.
 */
@Component
class ExportMigrationWriter {

    static final int FORMAT_VERSION = 1;

    /** Told after each client; answers false when the job should stop (it is no longer running). */
    interface Progress {
        boolean update(int done, int total);
    }

    private final Municipalities municipalities;
    private final UserDirectory users;
    private final ClientDirectory clients;
    private final List<PersonalDataContributor> contributors;
    private final Employers employers;
    private final Vacancies vacancies;
    private final ProcessingLog log;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final Clock clock;

    ExportMigrationWriter(Municipalities municipalities, UserDirectory users, ClientDirectory clients, List<PersonalDataContributor> contributors,
                          Employers employers, Vacancies vacancies, ProcessingLog log, TransactionTemplate tx, JsonMapper json, Clock clock) {
        this.municipalities = municipalities;
        this.users = users;
        this.clients = clients;
        this.contributors = contributors;
        this.employers = employers;
        this.vacancies = vacancies;
        this.log = log;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
    }

    /** Writes every line; returns the counts per type, or throws when stopped or failed. */
    Map<String, Integer> write(ExportJob job, Access access, OutputStream out, Progress progress) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Municipality> places = municipalities.of(job.municipalities());
        line(out, counts, "header", Map.of("formaatversie", FORMAT_VERSION, "organisatie", organisation(places, job),
                "aangemaaktOp", clock.instant(), "gemeenten", job.municipalities().stream().map(m -> m.value()).toList()));
        places.forEach(m -> line(out, counts, "gemeente", Map.of("code", m.code().value(), "naam", m.name())));
        users.forTransfer(job.municipalities()).forEach(u -> line(out, counts, "gebruiker", u));
        List<ClientRef> all = clients.refs(access, null).stream().sorted(Comparator.comparing((ClientRef c) -> c.id().value())).toList();
        List<EmployerTransfer> employerLines = employers.forTransfer(access);
        List<?> vacancyLines = vacancies.forTransfer(access);
        int total = all.size() + 1;
        int done = 0;
        for (ClientRef client : all) {
            tx.executeWithoutResult(s -> line(out, counts, "werkzoekende", client(access, client)));
            done++;
            if (done % 10 == 0 && !progress.update(done, total)) {
                throw new IllegalStateException("export stopped: the job is no longer running");
            }
        }
        employerLines.forEach(e -> line(out, counts, "werkgever", e));
        vacancyLines.forEach(v -> line(out, counts, "vacature", v));
        Map<String, Integer> totals = new LinkedHashMap<>(counts);
        line(out, counts, "einde", Map.of("aantallen", totals));
        progress.update(total, total);
        return counts;
    }

    private Map<String, @Nullable Object> client(Access access, ClientRef client) {
        List<PersonalDataPart> parts = new ArrayList<>();
        contributors.forEach(c -> parts.addAll(c.partsFor(access, client)));
        parts.sort(Comparator.comparingInt(PersonalDataPart::order));
        log.record(access, ProcessingActivity.DATA_EXCHANGE, ProcessingAction.READ, Outcome.SUCCESS,
                List.of(new LogSubject(client.id().value(), client.municipality())));
        Map<String, @Nullable Object> line = new LinkedHashMap<>();
        line.put("id", client.id().value());
        line.put("gemeente", client.municipality().value());
        line.put("onderdelen", parts.stream().filter(p -> !p.records().isEmpty())
                .map(p -> Map.of("titel", p.title(), "gegevens", p.records())).toList());
        return line;
    }

    private static Map<String, Object> organisation(List<Municipality> places, ExportJob job) {
        String name = places.isEmpty() ? "" : places.getFirst().organisationName();
        return Map.of("id", job.organisation().value(), "naam", name);
    }

    /** One line: the type first, then the object's own fields. */
    private void line(OutputStream out, Map<String, Integer> counts, String type, Object value) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", type);
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = value instanceof Map<?, ?> map ? (Map<String, Object>) map : json.convertValue(value, Map.class);
        line.putAll(fields);
        try {
            out.write(json.writeValueAsString(line).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        counts.merge(type, 1, Integer::sum);
    }
}
