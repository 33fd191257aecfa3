package nl.opstap.taxonomy;

import java.util.List;
import java.util.Optional;

/** The Dutch occupation autocomplete: a {@link LabelIndex} over occupations. */
final class OccupationIndex {

    /** One search hit: the occupation and, when it matched through an alternative label, that label. */
    record Hit(Occupation occupation, String matchedLabel) {}

    private final LabelIndex<Occupation> labels;

    OccupationIndex(List<Occupation> occupations) {
        this.labels = new LabelIndex<>(occupations, Occupation::uri, Occupation::preferredLabel, Occupation::altLabels);
    }

    int size() {
        return labels.size();
    }

    List<Occupation> all() {
        return labels.all();
    }

    Optional<Occupation> find(String uri) {
        return labels.find(uri);
    }

    List<Hit> search(String text, int limit) {
        return labels.search(text, limit).stream().map(h -> new Hit(h.item(), h.matchedLabel())).toList();
    }

    static String normalise(String text) {
        return LabelIndex.normalise(text);
    }
}
