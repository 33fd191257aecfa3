package nl.opstap.importing;

import java.util.Set;
import nl.opstap.client.ClientId;

/**
 * Published once an import of clients is committed, instead of one event per client and fact. {@code clients}
 * lists them when there are few; when {@code many}, listeners reload what they hold (e.g. the matching index).
 */
public record ClientsImported(Set<ClientId> clients, boolean many) {

    static final int FEW = 200;
}
