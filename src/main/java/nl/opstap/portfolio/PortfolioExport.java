package nl.opstap.portfolio;

import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.access.Permission;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.shared.domain.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public API for the AVG data download (inzageverzoek): everything the portfolio holds about a client. With a job
 * seeker's access (OWN_FILE) only their own file is found, whatever id is passed; with staff access the client must
 * lie in its scope. Each call is logged as a READ; a refusal is a {@link NotFoundException}.
 */
@Service
public class PortfolioExport {

    /** The client's entries, comments, documents' metadata (no bytes) and CV contact details. */
    public record Export(List<PortfolioEntry> entries, List<PortfolioComment> comments, List<PortfolioDocument> documents,
                         CvContact contact) {}

    private final PortfolioFiles files;
    private final PortfolioEntries entries;
    private final PortfolioComments comments;
    private final Documents documents;
    private final CvContacts contacts;

    PortfolioExport(PortfolioFiles files, PortfolioEntries entries, PortfolioComments comments, Documents documents, CvContacts contacts) {
        this.files = files;
        this.entries = entries;
        this.comments = comments;
        this.documents = documents;
        this.contacts = contacts;
    }

    @Transactional
    public Export of(Access access, ClientId client) {
        ClientRef ref = resolve(access, client);
        Export export = new Export(entries.ofClient(ref.id()), comments.ofClient(ref.id()), documents.ofClient(ref.id()),
                contacts.of(ref.id()));
        files.record(access, ProcessingAction.READ, ref);
        return export;
    }

    /** One document's bytes, for a download beside the export (logged as a READ). */
    @Transactional
    public byte[] documentContent(Access access, ClientId client, DocumentId document) {
        ClientRef ref = resolve(access, client);
        byte[] bytes = documents.content(ref.id(), document).map(Documents.Stored::content)
                .orElseThrow(() -> new NotFoundException("Dit document"));
        files.record(access, ProcessingAction.READ, ref);
        return bytes;
    }

    private ClientRef resolve(Access access, ClientId client) {
        if (access.permission() == Permission.OWN_FILE) {
            ClientRef own = files.own(access, ProcessingAction.READ);
            if (!own.id().equals(client)) {
                throw new NotFoundException("Werkzoekende");
            }
            return own;
        }
        return files.staff(access, client, ProcessingAction.READ);
    }
}
