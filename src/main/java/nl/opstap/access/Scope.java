package nl.opstap.access;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.opstap.organisation.MunicipalityCode;

/**
 * The municipalities a caller may see for one permission. Every query that can return personal data
 * takes a Scope, so forgetting the municipality filter does not compile.
 */
public record Scope(Set<MunicipalityCode> municipalities) {

    public Scope {
        municipalities = Set.copyOf(municipalities);
    }

    public static Scope of(Collection<MunicipalityCode> codes) {
        return new Scope(Set.copyOf(codes));
    }

    public boolean contains(MunicipalityCode code) {
        return municipalities.contains(code);
    }

    public boolean isEmpty() {
        return municipalities.isEmpty();
    }

    /** The codes as strings, sorted, for an SQL IN list. Never empty: an empty scope matches nothing. */
    public List<String> codes() {
        if (municipalities.isEmpty()) {
            return List.of("-");
        }
        TreeSet<String> sorted = new TreeSet<>();
        municipalities.forEach(m -> sorted.add(m.value()));
        return List.copyOf(sorted);
    }

    /** The part of this scope inside the given municipalities. */
    public Scope narrowedTo(Collection<MunicipalityCode> codes) {
        return new Scope(municipalities.stream().filter(codes::contains).collect(java.util.stream.Collectors.toSet()));
    }
}
