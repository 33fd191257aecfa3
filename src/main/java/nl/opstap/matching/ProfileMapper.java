package nl.opstap.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import nl.opstap.client.CandidateFacts;
import nl.opstap.client.LoadLevel;
import nl.opstap.diagnosis.DiagnosisFact;
import nl.opstap.diagnosis.DiagnosisSnapshot;
import nl.opstap.diagnosis.FactRecord;
import nl.opstap.diagnosis.OccupationKind;
import nl.opstap.diagnosis.Perspective;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.vacancy.Vacancy;
import org.jspecify.annotations.Nullable;

/**
 * Turns a client's facts and a vacancy into the engine's profiles. Unknown facts never exclude: no hours means
 * any hours, no availability date means available now, no load means no known limitation, no start date means any.
 * A client's skills are the recorded ones plus the essential ESCO skills of the occupations worked in.
 */
final class ProfileMapper {

    static final int DEFAULT_TRAVEL_KM = 25;
    static final LocalDate ANY_START = LocalDate.of(9999, 1, 1);
    private static final String NO_OCCUPATION = "-";
    private static final String NO_SECTOR = "-";

    private final Vocabulary skills;
    private final Vocabulary occupations;
    private final Vocabulary sectors;
    private final Function<String, List<String>> essentialSkillKeys;
    private final Function<String, Integer> occupationGroup;

    ProfileMapper(Vocabulary skills, Vocabulary occupations, Vocabulary sectors,
                  Function<String, List<String>> essentialSkillKeys, Function<String, Integer> occupationGroup) {
        this.skills = skills;
        this.occupations = occupations;
        this.sectors = sectors;
        this.essentialSkillKeys = essentialSkillKeys;
        this.occupationGroup = occupationGroup;
    }

    static int municipality(MunicipalityCode code) {
        return Integer.parseInt(code.value().substring(2));
    }

    static int pc4(String postcode) {
        return Integer.parseInt(postcode.substring(0, 4));
    }

    CandidateProfile candidate(long id, CandidateFacts c, @Nullable DiagnosisSnapshot d, boolean consent,
                               List<String> recordedSkills, LocalDate today) {
        var f = c.facts();
        List<String> experience = occupations(d, OccupationKind.EXPERIENCE);
        List<String> skillKeys = new ArrayList<>(recordedSkills);
        experience.forEach(uri -> skillKeys.addAll(essentialSkillKeys.apply(uri)));
        return new CandidateProfile(id, municipality(c.municipality()), consent, pc4(c.postcode()),
                f.maxTravelKm() == null ? DEFAULT_TRAVEL_KM : f.maxTravelKm(), 0, f.hoursPerWeek() == null ? 80 : f.hoursPerWeek(),
                f.availableFrom() == null ? today : f.availableFrom(), f.physicalLoad() == null ? 3 : load(f.physicalLoad()),
                Boolean.TRUE.equals(f.drivingLicence()), d != null && d.perspective() == Perspective.ZORG,
                c.educationLevel() == null ? 0 : c.educationLevel().ordinal(),
                d == null || d.ladderStep() == null ? 0 : Integer.parseInt(d.ladderStep().code()),
                occupations.ids(occupations(d, OccupationKind.INTEREST), CandidateIndex.OCCUPATIONS),
                occupations.ids(experience, CandidateIndex.OCCUPATIONS), skills.ids(skillKeys, CandidateIndex.SKILLS),
                sectors.ids(d == null ? List.of() : d.sectors(), CandidateIndex.SECTORS), testCategory(d));
    }

    VacancyProfile vacancy(long id, Vacancy v) {
        List<String> required = new ArrayList<>();
        v.skills().requiredUris().forEach(uri -> required.add(SkillKeys.esco(uri)));
        v.skills().requiredCompetences().forEach(c -> required.add(SkillKeys.competence(c)));
        List<String> desired = new ArrayList<>();
        v.skills().desiredUris().forEach(uri -> desired.add(SkillKeys.esco(uri)));
        v.skills().desiredCompetences().forEach(c -> desired.add(SkillKeys.competence(c)));
        return new VacancyProfile(id, municipality(v.municipality()), pc4(v.postcode()), v.hoursMin(), v.hoursMax(),
                v.startDate() == null ? ANY_START : v.startDate(), v.physicalDemands() == null ? 0 : load(v.physicalDemands()),
                v.drivingLicence(), occupations.id(v.occupationUri()), occupationGroup.apply(v.occupationUri()),
                skills.ids(required, VacancyIndex.SKILLS), skills.ids(desired, VacancyIndex.SKILLS), sectors.id(v.sector()),
                v.educationLevel() == null ? 0 : v.educationLevel().ordinal());
    }

    /**
     * A workshop or session: its place, its sector if any, no occupation, skills or demands to meet; a running
     * workshop needs people available now, a later one from its start.
     */
    VacancyProfile place(long id, nl.opstap.workshop.MatchPlace p, LocalDate today) {
        LocalDate from = p.start().isBefore(today) ? today : p.start();
        return new VacancyProfile(id, municipality(p.municipality()), pc4(p.postcode()), 0, 80, from, 0, false,
                occupations.id(NO_OCCUPATION), 0, new int[0], new int[0], sectors.id(p.sector() == null ? NO_SECTOR : p.sector()), 0);
    }

    private static int load(LoadLevel level) {
        return level.ordinal() + 1;
    }

    /** The occupations of the kind that hold, most recent first (the index keeps a few). */
    private static List<String> occupations(@Nullable DiagnosisSnapshot d, OccupationKind kind) {
        if (d == null) {
            return List.of();
        }
        return d.occupations().stream().filter(f -> ((FactRecord.OccupationFact) f.value()).occupationKind() == kind)
                .sorted(Comparator.comparing(DiagnosisFact::from).reversed())
                .map(f -> ((FactRecord.OccupationFact) f.value()).uri()).toList();
    }

    private static int testCategory(@Nullable DiagnosisSnapshot d) {
        if (d == null) {
            return 0;
        }
        return d.tests().stream().map(f -> ((FactRecord.TestFact) f.value()).category()).filter(java.util.Objects::nonNull)
                .findFirst().map(c -> Integer.parseInt(c.code())).orElse(0);
    }
}
