package nl.opstap.client;

import java.util.List;

/** The top of every page of a client's file: who it is and the tabs, with the active one marked. */
public record FileHeader(ClientRef client, List<FileTab> tabs, String active) {

    public boolean isActive(FileTab tab) {
        return tab.path().equals(active);
    }
}
