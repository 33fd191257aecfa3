package nl.opstap.diagnosis;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.taxonomy.Sector;

/** Rule: a client has one to three distinct potential sectors, each active in their organisation's list. */
final class SectorChoice {

    static final int MAX = 3;

    private SectorChoice() {}

    static List<String> check(List<String> codes, List<Sector> available, Class<?> command, String field) {
        if (codes.isEmpty()) {
            throw RuleViolation.of(command, field, "required", "Kies ten minste één sector.");
        }
        if (codes.size() > MAX) {
            throw RuleViolation.of(command, field, "max", "Kies ten hoogste drie sectoren.");
        }
        Set<String> seen = new HashSet<>();
        Map<String, Sector> byCode = new java.util.HashMap<>();
        available.forEach(s -> byCode.put(s.code(), s));
        for (String code : codes) {
            if (!seen.add(code)) {
                throw RuleViolation.of(command, field, "duplicate", "Kies elke sector maar één keer.");
            }
            Sector sector = byCode.get(code);
            if (sector == null) {
                throw RuleViolation.of(command, field, "unknown", "Deze sector staat niet in de lijst van uw organisatie.");
            }
            if (!sector.active()) {
                throw RuleViolation.of(command, field, "inactive", "De sector " + sector.name() + " kan niet meer worden gekozen.");
            }
        }
        return List.copyOf(codes);
    }
}
