package nl.opstap.taxonomy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * ESCO skills with Dutch labels (empty until an administrator imports them), searched in memory like
 * occupations, with each occupation's essential and optional skills. Rebuilt from the database at start-up
 * and after an import on this instance.
 */
@Service
public class Skills {

    private record Catalogue(LabelIndex<Skill> index, Map<String, List<Skill>> essential, Map<String, List<Skill>> optional) {}

    private final EscoTables tables;
    private volatile Catalogue catalogue;

    Skills(EscoTables tables) {
        this.tables = tables;
        this.catalogue = build();
    }

    final void reload() {
        this.catalogue = build();
    }

    private Catalogue build() {
        LabelIndex<Skill> index = new LabelIndex<>(tables.skills(), Skill::uri, Skill::preferredLabel, Skill::altLabels);
        Map<String, List<Skill>> essential = new HashMap<>();
        Map<String, List<Skill>> optional = new HashMap<>();
        for (SkillRelation r : tables.relations()) {
            index.find(r.skillUri()).ifPresent(skill ->
                    (r.essential() ? essential : optional).computeIfAbsent(r.occupationUri(), k -> new ArrayList<>()).add(skill));
        }
        essential.values().forEach(list -> list.sort(java.util.Comparator.comparing(Skill::preferredLabel)));
        optional.values().forEach(list -> list.sort(java.util.Comparator.comparing(Skill::preferredLabel)));
        return new Catalogue(index, essential, optional);
    }

    /** The number of skills known. */
    public int size() {
        return catalogue.index().size();
    }

    /** Dutch autocomplete on preferred and alternative labels, case and diacritics insensitive. */
    public List<Skill> search(String text, int limit) {
        return catalogue.index().search(text, limit).stream().map(LabelIndex.Hit::item).toList();
    }

    /** Like {@link #search} but with the label that matched. */
    public List<SkillHit> hits(String text, int limit) {
        return catalogue.index().search(text, limit).stream().map(h -> new SkillHit(h.item(), h.matchedLabel())).toList();
    }

    /** The skill with this ESCO concept URI. */
    public Optional<Skill> find(String uri) {
        return catalogue.index().find(uri);
    }

    /** The skills ESCO calls essential for the occupation (by its concept URI), by name; empty when none are known. */
    public List<Skill> essentialSkillsOf(String occupationUri) {
        return List.copyOf(catalogue.essential().getOrDefault(occupationUri, List.of()));
    }

    /** The skills ESCO calls optional for the occupation (by its concept URI), by name. */
    public List<Skill> optionalSkillsOf(String occupationUri) {
        return List.copyOf(catalogue.optional().getOrDefault(occupationUri, List.of()));
    }

    boolean known(String uri) {
        return catalogue.index().find(uri).isPresent();
    }
}
