package nl.opstap.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.List;
import nl.opstap.client.CandidateFacts;
import nl.opstap.client.ClientId;
import nl.opstap.client.EducationLevel;
import nl.opstap.client.Gender;
import nl.opstap.client.MatchingFacts;
import nl.opstap.organisation.MunicipalityCode;
import org.junit.jupiter.api.Test;

class ProfileAnonymiserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final ClientId CLIENT = ClientId.random();
    private static final CandidateFacts FACTS = new CandidateFacts(CLIENT, new MunicipalityCode("GM1708"), "8331AB", EducationLevel.MBO_2,
            Gender.FEMALE, LocalDate.of(1984, 5, 17), new MatchingFacts(32, LocalDate.of(2026, 12, 1), true, false, 25, null, null, null));

    private static Profile profile(String pitch) {
        var sources = new ProfileAnonymiser.Sources(FACTS, "Steenwijkerland", List.of("lassen", "klantvriendelijk", "lassen"),
                List.of("Techniek"), List.of(new ProfileAnonymiser.Experience("lasser", LocalDate.of(2020, 1, 1), LocalDate.of(2023, 1, 1)),
                new ProfileAnonymiser.Experience("magazijnmedewerker", LocalDate.of(2024, 1, 1), null)));
        return ProfileAnonymiser.profile("K-7F3A2C", sources, pitch, TODAY);
    }

    @Test
    void theProfileHoldsWhatSomeoneCanDoAndWants() {
        ProfileCard card = profile("Ik werk graag met mijn handen.").card();
        assertThat(card.educationLevel()).isEqualTo("mbo-2");
        assertThat(card.startQualification()).isTrue();
        assertThat(card.skills()).containsExactly("klantvriendelijk", "lassen");
        assertThat(card.occupations()).containsExactly("lasser", "magazijnmedewerker");
        assertThat(card.experienceYears()).isEqualTo(5);
        assertThat(card.hoursPerWeek()).isEqualTo(32);
        assertThat(card.maxTravelKm()).isEqualTo(25);
        assertThat(card.drivingLicence()).isTrue();
        assertThat(card.municipality()).isEqualTo("Steenwijkerland");
    }

    @Test
    void nothingIdentifyingIsInTheCardOrItsJson() {
        Profile profile = profile(null);
        String json = JsonMapper.builder().build().writeValueAsString(profile.card());
        assertThat(json).doesNotContain(CLIENT.toString(), "8331", "1984", "FEMALE", "vrouw", "Kerkstraat")
                .contains("\"profielnummer\":\"K-7F3A2C\"");
        assertThat(profile.region()).isEqualTo("83");
    }

    @Test
    void thePitchIsTrimmedAndLimited() {
        assertThat(ProfileAnonymiser.cleanPitch("   ")).isNull();
        assertThat(ProfileAnonymiser.cleanPitch("x".repeat(600))).hasSize(ProfileAnonymiser.PITCH_MAX);
        assertThat(ProfileAnonymiser.cleanPitch(" <script>alert(1)</script> ")).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void profileNumbersAreRandomAndWellFormed() {
        String number = ProfileNumbers.next();
        assertThat(ProfileNumbers.isWellFormed(number)).isTrue();
        assertThat(number).isNotEqualTo(ProfileNumbers.next());
    }

    @Test
    void filtersNarrowOnEducationHoursRegionAndTravel() {
        Profile p = profile(null);
        assertThat(ProfileFilter.none().matches(p)).isTrue();
        assertThat(new ProfileFilter("mbo-2", "las", "tech", 32, "8332", 20, TODAY.plusMonths(1)).matches(p)).isTrue();
        assertThat(new ProfileFilter("mbo-3", null, null, null, null, null, null).matches(p)).isFalse();
        assertThat(new ProfileFilter(null, null, null, 36, null, null, null).matches(p)).isFalse();
        assertThat(new ProfileFilter(null, null, null, null, "9501", null, null).matches(p)).isFalse();
        assertThat(new ProfileFilter(null, null, null, null, null, 30, null).matches(p)).isFalse();
        assertThat(new ProfileFilter(null, null, null, null, null, null, TODAY).matches(p)).isFalse();
        assertThat(new ProfileFilter(null, "koken", null, null, null, null, null).matches(p)).isFalse();
    }
}
