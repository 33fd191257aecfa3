package nl.opstap.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Rule: a relation may only name an occupation and a skill that are known after the import (in the
 * uploaded files, or otherwise in the current set). Reports the relation's row and column.
 */
final class EscoImportCheck {

    private EscoImportCheck() {}

    static List<EscoProblem> relations(List<SkillRelation> relations, Predicate<String> knownOccupation, Predicate<String> knownSkill) {
        List<EscoProblem> problems = new ArrayList<>();
        for (int i = 0; i < relations.size(); i++) {
            SkillRelation r = relations.get(i);
            long row = i + 2L;
            if (!knownOccupation.test(r.occupationUri())) {
                problems.add(new EscoProblem(EscoCsv.RELATIONS, row, "occupationUri",
                        "Onbekend beroep '" + r.occupationUri() + "': het staat niet in het beroepenbestand (of, zonder dat bestand, in de huidige lijst)."));
            }
            if (!knownSkill.test(r.skillUri())) {
                problems.add(new EscoProblem(EscoCsv.RELATIONS, row, "skillUri",
                        "Onbekende vaardigheid '" + r.skillUri() + "': zij staat niet in het vaardighedenbestand (of, zonder dat bestand, in de huidige lijst)."));
            }
        }
        return problems;
    }
}
