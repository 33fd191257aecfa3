package nl.opstap.access;

import java.util.List;

/** A module adds the links to its screens that the user may use; the layout shows them all. */
public interface NavigationContributor {

    List<NavigationItem> itemsFor(CurrentUser user);
}
