package nl.opstap.diagnosis;

/**
 * The kinds of diagnosis facts. Chained kinds hold one value at a time: a new fact ends the one before it.
 * The path is the kind's segment in screen and API URLs.
 */
public enum FactKind {
    SITUATION("situatie", "situaties", true),
    PERSPECTIVE("perspectief", "perspectieven", true),
    LADDER("trede", "laddertreden", true),
    SECTORS("sectoren", "sectoren", true),
    ZRM("zrm", "zrm-metingen", true),
    TEST("testen", "testen", false),
    OCCUPATION("beroepen", "beroepen", false);

    private final String screenPath;
    private final String apiPath;
    private final boolean chained;

    FactKind(String screenPath, String apiPath, boolean chained) {
        this.screenPath = screenPath;
        this.apiPath = apiPath;
        this.chained = chained;
    }

    public String screenPath() {
        return screenPath;
    }

    public String apiPath() {
        return apiPath;
    }

    /** Whether facts of this kind follow each other (one value at a time). */
    public boolean chained() {
        return chained;
    }

    /** The message key of its timeline category. */
    public String categoryKey() {
        return "timeline.category." + switch (this) {
            case SITUATION -> "situation";
            case PERSPECTIVE -> "perspective";
            case LADDER -> "ladder";
            case SECTORS -> "sector";
            case ZRM -> "zrm";
            case TEST -> "test";
            case OCCUPATION -> "occupation";
        };
    }
}
