package nl.opstap.diagnosis;

/** Rule: the rise (stijging) on the participatieladder is the later step minus the earlier step (negative = a fall). */
public final class LadderRise {

    private LadderRise() {}

    public static int between(LadderStep earlier, LadderStep later) {
        return later.number() - earlier.number();
    }
}
