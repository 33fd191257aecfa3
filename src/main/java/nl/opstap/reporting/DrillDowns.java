package nl.opstap.reporting;

import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.Permission;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.organisation.Municipality;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clients behind a figure: the indicator's own rows filtered to one municipality and category, shown only to users
 * who may read those files, and logged as a list read of each (opstap-13).
 */
@Service
class DrillDowns {

    static final int LIMIT = 1000;

    /** The clients listed, by name; {@code complete} is false when more than {@value #LIMIT} lie behind the figure. */
    record Listed(Indicator indicator, @Nullable String category, List<ClientRef> clients, boolean complete) {}

    private final IndicatorCatalogue catalogue;
    private final FigureQueries queries;
    private final ClientDirectory directory;
    private final ProcessingLog log;

    DrillDowns(IndicatorCatalogue catalogue, FigureQueries queries, ClientDirectory directory, ProcessingLog log) {
        this.catalogue = catalogue;
        this.queries = queries;
        this.directory = directory;
        this.log = log;
    }

    Indicator indicator(@Nullable String key) {
        return catalogue.byKey(key == null ? "" : key).orElseThrow(() -> RuleViolation.of(null, "indicator", "unknown",
                "Dit cijfer bestaat niet; open de lijst vanuit een rapportage."));
    }

    /** {@code overview} passed the report's check; the list also needs the right to read each municipality's files. */
    @Transactional
    Listed clients(Access overview, ReportRequest request, String indicatorKey, @Nullable String category) {
        Indicator indicator = indicator(indicatorKey);
        if (category != null && !indicator.knows(category)) {
            throw RuleViolation.of(null, "categorie", "unknown", "Deze categorie hoort niet bij dit cijfer.");
        }
        Access read = overview.as(Permission.CLIENT_READ);
        request.municipalities().stream().map(Municipality::code).forEach(read::requireIn);
        List<UUID> ids = queries.clients(indicator, request.params(), null, category, LIMIT + 1);
        List<ClientRef> clients = directory.refsOf(read, ids.stream().limit(LIMIT).map(ClientId::new).toList());
        log.record(read, ProcessingActivity.REPORTING, ProcessingAction.LIST, Outcome.SUCCESS,
                clients.stream().map(c -> new LogSubject(c.id().value(), c.municipality())).toList());
        return new Listed(indicator, category, clients, ids.size() <= LIMIT);
    }
}
