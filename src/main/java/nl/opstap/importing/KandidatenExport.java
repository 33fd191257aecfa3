package nl.opstap.importing;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.opstap.access.Access;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.portfolio.ConsentedProfile;
import nl.opstap.portfolio.ConsentedProfiles;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The anonymous candidate export for UWV's Kandidatenverkenner (doelgroepregister): the published profiles of the
 * municipalities in scope whose job seeker is in the doelgroepregister and currently consents to publication. Every
 * candidate handed over is in the processing log (activity opstap-16, READ).
 */
@Service
class KandidatenExport {

    /** The file and how many candidates it holds. */
    record File(byte[] content, int candidates) {}

    private final ConsentedProfiles profiles;
    private final ClientDirectory clients;
    private final ProcessingLog log;

    KandidatenExport(ConsentedProfiles profiles, ClientDirectory clients, ProcessingLog log) {
        this.profiles = profiles;
        this.clients = clients;
        this.log = log;
    }

    @Transactional // not read-only: the processing log is written
    File export(Access access, KandidatenFormat format) {
        List<ConsentedProfile> candidates = candidates(access);
        List<List<@Nullable Object>> rows = candidates.stream().map(c -> KandidatenRules.row(c.card())).toList();
        log.record(access, ProcessingActivity.DATA_EXCHANGE, ProcessingAction.READ, Outcome.SUCCESS,
                candidates.stream().map(c -> new LogSubject(c.client().value(), c.municipality())).toList());
        return new File(KandidatenFiles.write(format, rows), rows.size());
    }

    /** How many candidates an export would hold now (for the page; nothing is read of a person, nothing logged). */
    @Transactional(readOnly = true)
    int count(Access access) {
        return candidates(access).size();
    }

    private List<ConsentedProfile> candidates(Access access) {
        List<ConsentedProfile> consented = profiles.inScope(access).stream()
                .filter(p -> access.scope().contains(p.municipality())).toList();
        Set<ClientId> register = clients.inTargetGroupRegister(access, consented.stream().map(ConsentedProfile::client).toList());
        return consented.stream().filter(p -> register.contains(p.client()))
                .sorted(Comparator.comparing((ConsentedProfile p) -> p.card().number())).toList();
    }
}
