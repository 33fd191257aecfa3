package nl.opstap.matching;

/**
 * The weight of each criterion, 0 to 10 (0 switches a criterion off). An ADMIN tunes them; out of range is refused
 * with a message in Dutch naming the criterion.
 */
public record Weights(double occupation, double requiredSkills, double desiredSkills, double sector, double education,
        double experience, double testResult, double ladderStep, double distance) {

    public static final double MAX = 10;

    public Weights {
        check("beroep", occupation);
        check("vereiste vaardigheden", requiredSkills);
        check("gewenste vaardigheden", desiredSkills);
        check("sector", sector);
        check("opleidingsniveau", education);
        check("werkervaring", experience);
        check("testuitslag", testResult);
        check("trede en perspectief", ladderStep);
        check("afstand", distance);
    }

    public static Weights defaults() {
        return new Weights(3, 4, 1.5, 1, 1, 2, 1, 1, 2);
    }

    /** The weight of the criterion with this code. */
    public double of(String code) {
        return switch (code) {
            case "occupation" -> occupation;
            case "requiredSkills" -> requiredSkills;
            case "desiredSkills" -> desiredSkills;
            case "sector" -> sector;
            case "education" -> education;
            case "experience" -> experience;
            case "testResult" -> testResult;
            case "ladderStep" -> ladderStep;
            case "distance" -> distance;
            default -> throw new IllegalArgumentException("unknown criterion " + code);
        };
    }

    private static void check(String label, double weight) {
        if (!(weight >= 0 && weight <= MAX)) {
            throw new IllegalArgumentException("Het gewicht voor " + label + " moet tussen 0 en 10 liggen (was " + weight + ").");
        }
    }
}
