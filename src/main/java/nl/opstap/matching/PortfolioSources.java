package nl.opstap.matching;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.opstap.client.CandidateFeed;
import nl.opstap.client.ClientId;
import nl.opstap.employer.EmployerId;
import nl.opstap.portfolio.ProfileSources;
import nl.opstap.vacancy.Vacancies;
import nl.opstap.vacancy.Vacancy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the portfolio module asks of matching (it may not depend on matching): the labels of the skills recorded for a
 * client, and the employers of the vacancies proposed to them. Read by the system; the portfolio logs what it shows.
 */
@Component
class PortfolioSources implements ProfileSources {

    private final CandidateSkills skills;
    private final SkillLabels labels;
    private final CandidateFeed candidates;
    private final Pairs pairs;
    private final Vacancies vacancies;

    PortfolioSources(CandidateSkills skills, SkillLabels labels, CandidateFeed candidates, Pairs pairs, Vacancies vacancies) {
        this.skills = skills;
        this.labels = labels;
        this.candidates = candidates;
        this.pairs = pairs;
        this.vacancies = vacancies;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> skillsOf(ClientId client) {
        return candidates.of(client).map(c -> {
            Function<String, String> label = labels.in(c.municipality());
            return skills.of(client).stream().map(label).distinct().sorted().toList();
        }).orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Set<EmployerId> proposedEmployersOf(ClientId client) {
        Set<EmployerId> employers = new LinkedHashSet<>();
        pairs.ofClient(client).forEach(p -> vacancies.forMatching(p.vacancy()).map(Vacancy::employer).ifPresent(employers::add));
        return employers;
    }
}
