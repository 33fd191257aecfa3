package nl.opstap.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds the explanation of a result: each criterion's part and the matched and missing required skills. */
final class Explanations {

    private Explanations() {}

    static Match explain(long id, CandidateIndex c, int cs, VacancyIndex v, int vs, double km, Criterion[] criteria,
            double[] weights) {
        List<Match.Contribution> parts = new ArrayList<>(criteria.length);
        double total = 0;
        for (int i = 0; i < criteria.length; i++) {
            double fit = criteria[i].score(c, cs, v, vs, km);
            double points = fit * weights[i];
            total += points;
            parts.add(new Match.Contribution(criteria[i].code(), fit, weights[i], points));
        }
        int[] matched = new int[VacancyIndex.SKILLS];
        int[] missing = new int[VacancyIndex.SKILLS];
        int m = 0;
        int n = 0;
        for (int i = vs * VacancyIndex.SKILLS, end = i + VacancyIndex.SKILLS; i < end && v.required[i] >= 0; i++) {
            if (ColumnStore.contains(c.skills, cs, CandidateIndex.SKILLS, v.required[i])) {
                matched[m++] = v.required[i];
            } else {
                missing[n++] = v.required[i];
            }
        }
        return new Match(id, total, List.copyOf(parts), Arrays.copyOf(matched, m), Arrays.copyOf(missing, n), km,
                Skills.count(v.desired, vs * VacancyIndex.SKILLS, VacancyIndex.SKILLS));
    }
}
