package nl.opstap.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;
import nl.opstap.client.BenefitStatus;
import nl.opstap.client.ClientDetails;
import nl.opstap.client.EducationLevel;
import nl.opstap.client.Gender;
import nl.opstap.client.LanguageLevel;
import nl.opstap.client.LoadLevel;
import nl.opstap.client.MatchingFacts;
import nl.opstap.client.NewClient;
import nl.opstap.client.TargetGroupMarkers;

/**
 * Synthetic clients: Dutch names (Datafaker "nl"), ages and markers in proportions like the seeds'
 * caseloads, real postcodes of the municipality. The same seed always gives the same people.
 */
final class DemoPeople {

    /** The seed documents count on 15-11-2018; ages are chosen as they were then. */
    static final LocalDate REFERENCE_DATE = LocalDate.of(2018, 11, 15);

    private static final String[] INFIXES = {"van", "de", "van der", "van den", "van de", "ter", "ten", "in 't"};
    private static final EducationLevel[] EDUCATION = EducationLevel.values();
    private static final int[] EDUCATION_WEIGHTS = {5, 12, 25, 10, 18, 10, 8, 4, 2, 4, 2};

    private final Random random;
    private final Faker faker;
    private final BsnGenerator bsns;

    DemoPeople(long seed, BsnGenerator bsns) {
        this.random = new Random(seed);
        this.faker = new Faker(Locale.of("nl"), new Random(seed + 1));
        this.bsns = bsns;
    }

    NewClient next(DemoMunicipality municipality, List<String> postcodes, boolean partner, boolean young) {
        String firstName = faker.name().firstName();
        boolean woman = soundsFeminine(firstName);
        String lastName = faker.name().lastName();
        String infix = random.nextInt(4) == 0 ? INFIXES[random.nextInt(INFIXES.length)] : null;
        String pc4 = postcodes.get(random.nextInt(postcodes.size()));
        boolean refugee = random.nextInt(100) < 12;
        EducationLevel education = refugee && random.nextBoolean() ? EducationLevel.NONE : education();
        ClientDetails details = new ClientDetails(municipality.code(), bsns.next(), firstName, infix, lastName, birthDate(young),
                woman ? Gender.FEMALE : Gender.MALE, faker.address().streetName(), 1 + random.nextInt(160), null,
                pc4 + letters(), municipality.townOf(pc4), "06" + String.format("%08d", random.nextInt(100_000_000)),
                email(firstName, lastName), random.nextInt(20) == 0 ? null : education, markers(refugee), matching());
        BenefitStatus status = partner ? BenefitStatus.PARTNER
                : random.nextInt(100) < 6 ? BenefitStatus.NON_RECIPIENT : BenefitStatus.RECIPIENT;
        LocalDate since = REFERENCE_DATE.minusDays(30 + random.nextInt(9 * 365));
        return new NewClient(details, new NewClient.InitialBenefit(status, since), null);
    }

    /** Datafaker's Dutch names carry no gender; most Dutch women's names end like this. */
    private static boolean soundsFeminine(String firstName) {
        String name = firstName.toLowerCase(Locale.ROOT);
        return name.matches(".*(a|ie|je|y|ine|ke|tje|th)$");
    }

    /** Young means 18–26 on the reference date (seed 003's youth band); the others are 27–65. */
    private LocalDate birthDate(boolean young) {
        int band = random.nextInt(88);
        int age = young ? 18 + random.nextInt(9) : band < 40 ? 27 + random.nextInt(18)
                : band < 70 ? 45 + random.nextInt(10) : 55 + random.nextInt(11);
        return REFERENCE_DATE.minusYears(age).minusDays(random.nextInt(365));
    }

    private EducationLevel education() {
        int pick = random.nextInt(100);
        for (int i = 0; i < EDUCATION.length; i++) {
            pick -= EDUCATION_WEIGHTS[i];
            if (pick < 0) {
                return EDUCATION[i];
            }
        }
        return EducationLevel.VMBO;
    }

    private TargetGroupMarkers markers(boolean refugee) {
        LanguageLevel language = refugee ? LanguageLevel.values()[random.nextInt(4)] : LanguageLevel.NATIVE;
        return new TargetGroupMarkers(refugee, refugee && random.nextInt(10) < 8, random.nextInt(100) < 15,
                random.nextInt(100) < 6, random.nextInt(100) < 4, random.nextInt(100) < 3, language);
    }

    private MatchingFacts matching() {
        boolean known = random.nextInt(10) < 7;
        return new MatchingFacts(known ? 8 + 4 * random.nextInt(9) : null,
                known ? REFERENCE_DATE.plusDays(random.nextInt(120)) : null, random.nextInt(100) < 45,
                random.nextInt(100) < 50, known ? 5 + 5 * random.nextInt(8) : null,
                known ? LoadLevel.values()[random.nextInt(3)] : null, known ? LoadLevel.values()[random.nextInt(3)] : null,
                null);
    }

    private String letters() {
        while (true) {
            String pair = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
            if (!pair.equals("SA") && !pair.equals("SD") && !pair.equals("SS")) {
                return pair;
            }
        }
    }

    private static String email(String firstName, String lastName) {
        String local = (firstName.charAt(0) + "." + lastName).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z.]", "");
        return local + "@example.com";
    }
}
