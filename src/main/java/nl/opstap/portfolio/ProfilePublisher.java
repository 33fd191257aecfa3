package nl.opstap.portfolio;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.opstap.client.CandidateFacts;
import nl.opstap.client.CandidateFeed;
import nl.opstap.client.ClientId;
import nl.opstap.diagnosis.DiagnosisFact;
import nl.opstap.diagnosis.DiagnosisFeed;
import nl.opstap.diagnosis.DiagnosisSnapshot;
import nl.opstap.diagnosis.FactRecord;
import nl.opstap.diagnosis.OccupationKind;
import nl.opstap.organisation.Municipalities;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.taxonomy.Occupations;
import nl.opstap.taxonomy.Sectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Gathers a client's facts from the modules that hold them and makes the anonymous profile of them
 * ({@link ProfileAnonymiser} decides what goes in). Reads as the system; the caller logs.
 */
@Component
class ProfilePublisher {

    private final CandidateFeed candidates;
    private final DiagnosisFeed diagnoses;
    private final ProfileSources sources;
    private final Sectors sectors;
    private final Occupations occupations;
    private final Municipalities municipalities;
    private final Profiles profiles;
    private final PortfolioSummaries portfolios;

    ProfilePublisher(CandidateFeed candidates, DiagnosisFeed diagnoses, ProfileSources sources, Sectors sectors, Occupations occupations,
                     Municipalities municipalities, Profiles profiles, PortfolioSummaries portfolios) {
        this.portfolios = portfolios;
        this.candidates = candidates;
        this.diagnoses = diagnoses;
        this.sources = sources;
        this.sectors = sectors;
        this.occupations = occupations;
        this.municipalities = municipalities;
        this.profiles = profiles;
    }

    CandidateFacts factsOf(ClientId client) {
        return candidates.of(client).orElseThrow(() -> new NotFoundException("Werkzoekende"));
    }

    /** The profile as it would be published today, under the client's number (kept) or a new one. */
    Profile profileOf(CandidateFacts facts, @Nullable String pitch, LocalDate today) {
        DiagnosisSnapshot snapshot = diagnoses.of(facts.id(), today);
        Map<String, String> sectorNames = new HashMap<>();
        sectors.forMunicipality(facts.municipality()).forEach(s -> sectorNames.put(s.code(), s.name()));
        List<String> sectorLabels = snapshot.sectors().stream().map(code -> sectorNames.getOrDefault(code, code)).toList();
        List<ProfileAnonymiser.Experience> experience = snapshot.occupations().stream()
                .filter(f -> f.value() instanceof FactRecord.OccupationFact o && o.occupationKind() == OccupationKind.EXPERIENCE)
                .map(this::experience).toList();
        var sources = new ProfileAnonymiser.Sources(facts, municipalities.nameOf(facts.municipality()),
                skillsOf(facts.id()), sectorLabels, experience);
        return ProfileAnonymiser.profile(numberOf(facts.id()), sources, pitch, today);
    }

    /** Skills recorded for matching and those the job seeker added to their portfolio (ESCO and competences), once each. */
    private List<String> skillsOf(ClientId client) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(sources.skillsOf(client));
        portfolios.skillsOf(client).forEach(skill -> all.add(skill.label()));
        return List.copyOf(all);
    }

    private ProfileAnonymiser.Experience experience(DiagnosisFact fact) {
        FactRecord.OccupationFact o = (FactRecord.OccupationFact) fact.value();
        String label = occupations.find(o.uri()).map(nl.opstap.taxonomy.Occupation::preferredLabel).orElse("beroep");
        return new ProfileAnonymiser.Experience(label, o.from(), fact.to());
    }

    private String numberOf(ClientId client) {
        return profiles.of(client).map(p -> p.card().number()).orElseGet(() -> {
            String number = ProfileNumbers.next();
            while (profiles.numberTaken(number)) {
                number = ProfileNumbers.next();
            }
            return number;
        });
    }
}
