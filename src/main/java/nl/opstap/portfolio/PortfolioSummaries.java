package nl.opstap.portfolio;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.opstap.client.ClientId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public read API for other modules (e.g. anonymous profiles): the job seeker's skills, education and work experience,
 * stripped of anything that names a person or employer. No access check and no logging here: the caller has checked
 * the client's consent or its scope and logs what it shows.
 */
@Service
public class PortfolioSummaries {

    /** A skill: its key ("esco:" + ESCO concept URI, or "competentie:" + the organisation's competence id) and label. */
    public record SkillLabel(String key, String label, boolean competence) {}

    /** An education: its name, level code (EducationLevel code, e.g. "mbo-2", or null), whether the diploma was obtained, years. */
    public record Education(String name, @Nullable String level, boolean diploma, @Nullable LocalDate from, @Nullable LocalDate to) {}

    /** Work experience: the function and period, without the employer. */
    public record Experience(String function, @Nullable LocalDate from, @Nullable LocalDate to) {}

    /** The e-mail address and phone number the job seeker chose to show on their CV (null when left empty). */
    public record Contact(@Nullable String email, @Nullable String phone) {}

    private final PortfolioEntries entries;
    private final CvContacts contacts;

    PortfolioSummaries(PortfolioEntries entries, CvContacts contacts) {
        this.entries = entries;
        this.contacts = contacts;
    }

    /** The CV contact details, for those the job seeker consented to share with (the caller checks and logs). */
    @Transactional(readOnly = true)
    public Contact contactOf(ClientId client) {
        CvContact c = contacts.of(client);
        return new Contact(c.email() == null || c.email().isBlank() ? null : c.email(), c.phone() == null || c.phone().isBlank() ? null : c.phone());
    }

    /** The client's skills, ESCO skills and the organisation's competences alike, by label. */
    @Transactional(readOnly = true)
    public List<SkillLabel> skillsOf(ClientId client) {
        return in(client, PortfolioSection.VAARDIGHEID).stream().filter(e -> e.skillKey() != null)
                .map(e -> new SkillLabel(e.skillKey(), e.title(), e.skillKey().startsWith(CompetenceChoices.COMPETENCE)))
                .sorted(Comparator.comparing(SkillLabel::label)).toList();
    }

    /** The client's education, latest first (no school names). */
    @Transactional(readOnly = true)
    public List<Education> educationOf(ClientId client) {
        return in(client, PortfolioSection.OPLEIDING).stream().map(e -> new Education(e.title(), e.level(), e.diploma(), e.from(), e.to()))
                .toList();
    }

    /** The client's work experience, latest first (no employer names). */
    @Transactional(readOnly = true)
    public List<Experience> experienceOf(ClientId client) {
        return in(client, PortfolioSection.WERKERVARING).stream().map(e -> new Experience(e.title(), e.from(), e.to())).toList();
    }

    private List<PortfolioEntry> in(ClientId client, PortfolioSection section) {
        return entries.ofClient(client).stream().filter(e -> e.section() == section).toList();
    }
}
