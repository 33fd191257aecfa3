package nl.opstap.portfolio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.shared.domain.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads, downloads and deletions of a client's documents, each logged. {@code client} is null for the job seeker's
 * own file and the client's id for staff (whose access already holds the needed permission). Nothing is stored unless
 * the size and the content pass ({@link DocumentContent}).
 */
@Service
class DocumentService {

    private final PortfolioFiles files;
    private final Documents documents;
    private final Clock clock;
    private final DataSize maxSize;

    DocumentService(PortfolioFiles files, Documents documents, Clock clock,
                    @Value("${opstap.portfolio.max-document-size:5MB}") DataSize maxSize) {
        this.files = files;
        this.documents = documents;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    @Transactional
    PortfolioDocument upload(Access access, @Nullable ClientId client, @Nullable String kindCode, @Nullable MultipartFile file) {
        ClientRef ref = files.target(access, client, ProcessingAction.CREATE);
        DocumentKind kind = DocumentKind.find(kindCode).orElseThrow(() -> new DocumentContent.Refused("Kies wat voor document het is."));
        byte[] bytes = bytesOf(file);
        DocumentType type = DocumentContent.check(bytes);
        PortfolioDocument document = new PortfolioDocument(new DocumentId(UUID.randomUUID()), kind,
                DocumentNames.display(file == null ? null : file.getOriginalFilename(), type), type.mediaType(), bytes.length, sha256(bytes),
                clock.instant(), access.user().displayName());
        documents.insert(ref, document, bytes, access.user().id().value());
        files.record(access, ProcessingAction.CREATE, ref);
        return document;
    }

    @Transactional
    Documents.Stored download(Access access, @Nullable ClientId client, DocumentId id) {
        ClientRef ref = files.target(access, client, ProcessingAction.READ);
        Documents.Stored stored = documents.content(ref.id(), id).orElseThrow(() -> new NotFoundException("Dit document"));
        files.record(access, ProcessingAction.READ, ref);
        return stored;
    }

    @Transactional
    void delete(Access access, @Nullable ClientId client, DocumentId id) {
        ClientRef ref = files.target(access, client, ProcessingAction.UPDATE);
        if (!documents.delete(ref.id(), id)) {
            throw new NotFoundException("Dit document");
        }
        files.record(access, ProcessingAction.UPDATE, ref);
    }

    long maxBytes() {
        return maxSize.toBytes();
    }

    /** The bytes, unless missing or over the limit (checked on the declared size before anything is read into memory). */
    private byte[] bytesOf(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new DocumentContent.Refused("Kies een bestand.");
        }
        if (file.getSize() > maxSize.toBytes()) {
            throw new DocumentContent.Refused("Het bestand is te groot. Een bestand mag ten hoogste " + maxSize.toMegabytes()
                    + " MB zijn. Er is niets opgeslagen.");
        }
        try {
            byte[] bytes = file.getBytes();
            if (bytes.length > maxSize.toBytes()) {
                throw new DocumentContent.Refused("Het bestand is te groot. Er is niets opgeslagen.");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
