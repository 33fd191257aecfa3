package nl.opstap.matching;

/** Criterion: the vacancy's sector is one of the candidate's sectors. */
final class SectorCriterion implements Criterion {

    @Override
    public String code() {
        return "sector";
    }

    @Override
    public double score(CandidateIndex c, int cs, VacancyIndex v, int vs, double distanceKm) {
        for (int i = cs * CandidateIndex.SECTORS, end = i + CandidateIndex.SECTORS; i < end; i++) {
            if (c.sectors[i] == v.sector[vs]) {
                return 1;
            }
        }
        return 0;
    }
}
