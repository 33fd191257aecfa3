package nl.opstap.taxonomy;

import nl.opstap.shared.cluster.RemoteChange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An ESCO set imported through another instance (ADR 0025): this instance rebuilds its occupation and skill indexes
 * from the database too, so autocomplete and profiles show the same set on every instance within the poll interval.
 */
@Component
class TaxonomyBroadcast {

    static final String TOPIC = "esco";

    private final Occupations occupations;
    private final Skills skills;

    TaxonomyBroadcast(Occupations occupations, Skills skills) {
        this.occupations = occupations;
        this.skills = skills;
    }

    @EventListener
    void on(RemoteChange change) {
        if (change.everything() || TOPIC.equals(change.topic())) {
            occupations.reload();
            skills.reload();
        }
    }
}
