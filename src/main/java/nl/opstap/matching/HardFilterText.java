package nl.opstap.matching;

/** Why a pair cannot be proposed: the violated hard filter in Dutch. */
final class HardFilterText {

    private HardFilterText() {}

    static String of(int filter) {
        return switch (filter) {
            case HardFilters.CONSENT -> "De werkzoekende heeft geen toestemming gegeven voor matching.";
            case HardFilters.ZORG -> "De werkzoekende heeft perspectief Zorg.";
            case HardFilters.HOURS -> "De uren van de vacature passen niet bij de uren van de werkzoekende.";
            case HardFilters.AVAILABILITY -> "De werkzoekende is pas beschikbaar na de startdatum van de vacature.";
            case HardFilters.LOAD -> "De fysieke belasting van de vacature is hoger dan de belastbaarheid van de werkzoekende.";
            case HardFilters.LICENCE -> "De vacature vraagt een rijbewijs; de werkzoekende heeft er geen.";
            case HardFilters.DISTANCE -> "De vacature ligt verder weg dan de maximale reisafstand van de werkzoekende.";
            default -> "De koppeling voldoet aan alle harde eisen.";
        };
    }
}
