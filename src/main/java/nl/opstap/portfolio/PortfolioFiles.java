package nl.opstap.portfolio;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.opstap.access.Access;
import nl.opstap.access.Permission;
import nl.opstap.activity.ParticipationReport;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.diagnosis.Diagnoses;
import nl.opstap.diagnosis.DiagnosisFact;
import nl.opstap.diagnosis.FactRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose portfolio: the signed-in job seeker's own file (never an id from the request) or, for staff, a client in their
 * scope; and the whole portfolio read for a screen, the API or the CV, logged once as a READ.
 */
@Service
class PortfolioFiles {

    private final ClientDirectory directory;
    private final PortfolioEntries entries;
    private final PortfolioComments comments;
    private final Documents documents;
    private final CvContacts contacts;
    private final ParticipationReport participations;
    private final Diagnoses diagnoses;
    private final ProcessingLog log;

    PortfolioFiles(ClientDirectory directory, PortfolioEntries entries, PortfolioComments comments, Documents documents,
                   CvContacts contacts, ParticipationReport participations, Diagnoses diagnoses, ProcessingLog log) {
        this.directory = directory;
        this.entries = entries;
        this.comments = comments;
        this.documents = documents;
        this.contacts = contacts;
        this.participations = participations;
        this.diagnoses = diagnoses;
        this.log = log;
    }

    /** The job seeker's own file (access for OWN_FILE), or not found. */
    ClientRef own(Access access, ProcessingAction action) {
        return directory.ownFile(access, ProcessingActivity.PORTFOLIO, action);
    }

    /** A client in the staff member's scope (refusal logged), or not found. */
    ClientRef staff(Access access, ClientId client, ProcessingAction action) {
        return directory.inScope(access, client, ProcessingActivity.PORTFOLIO, action);
    }

    /** The job seeker's own file when {@code client} is null, else the staff member's client. */
    ClientRef target(Access access, @Nullable ClientId client, ProcessingAction action) {
        return client == null ? own(access, action) : staff(access, client, action);
    }

    /** The whole portfolio of a client already in scope, logged as a READ. */
    @Transactional // not read-only: the processing log is written
    PortfolioView view(Access access, ClientRef client) {
        Map<PortfolioSection, List<PortfolioEntry>> bySection = entries.ofClient(client.id()).stream()
                .collect(Collectors.groupingBy(PortfolioEntry::section, () -> new EnumMap<>(PortfolioSection.class), Collectors.toList()));
        PortfolioView view = new PortfolioView(client, bySection, activities(access, client), tests(access, client),
                comments.ofClient(client.id()), documents.ofClient(client.id()), contacts.of(client.id()));
        record(access, ProcessingAction.READ, client);
        return view;
    }

    /** Records in the processing log what the caller did with the client's portfolio. */
    void record(Access access, ProcessingAction action, ClientRef client) {
        log.record(access, ProcessingActivity.PORTFOLIO, action, Outcome.SUCCESS,
                List.of(new LogSubject(client.id().value(), client.municipality())));
    }

    private List<PortfolioView.Activity> activities(Access access, ClientRef client) {
        return participations.ofClient(access, client.id()).stream()
                .sorted(Comparator.comparing(ParticipationReport.Fact::startDate).reversed())
                .map(p -> new PortfolioView.Activity(p.activityName(), p.startDate(), p.actualEnd(),
                        p.result() != null ? p.result().code() : p.actualEnd() == null ? "bezig" : "afgerond"))
                .toList();
    }

    /** Test results from the diagnosis (not the corrected ones); the job seeker reads them with their own access. */
    private List<PortfolioView.TestResult> tests(Access access, ClientRef client) {
        Access reader = access.permission() == Permission.OWN_FILE ? access : access.as(Permission.CLIENT_READ);
        return diagnoses.history(reader, client.id()).stream().filter(f -> !f.corrected())
                .filter(f -> f.value() instanceof FactRecord.TestFact)
                .sorted(Comparator.comparing(DiagnosisFact::from).reversed())
                .map(f -> {
                    FactRecord.TestFact t = (FactRecord.TestFact) f.value();
                    return new PortfolioView.TestResult(t.type().label(), t.provider(), t.from(), t.result());
                }).toList();
    }
}
