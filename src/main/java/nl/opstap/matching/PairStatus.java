package nl.opstap.matching;

import nl.opstap.shared.domain.Coded;

/**
 * Where a person–vacancy pair stands. A match is a proposal for a person to decide on: voorgesteld → beoordeeld
 * (geschikt / ongeschikt) → voorgedragen → uitgenodigd → aangenomen / afgewezen. Ongeschikt, aangenomen and afgewezen
 * are final; a pair judged ongeschikt or afgewezen is never proposed again.
 */
enum PairStatus implements Coded {
    PROPOSED("voorgesteld"), SUITABLE("geschikt"), UNSUITABLE("ongeschikt"), PUT_FORWARD("voorgedragen"), INVITED("uitgenodigd"),
    HIRED("aangenomen"), REJECTED("afgewezen");

    private final String code;

    PairStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Whether a pair in this status may move to {@code next}. */
    boolean canBecome(PairStatus next) {
        return switch (this) {
            case PROPOSED -> next == SUITABLE || next == UNSUITABLE;
            case SUITABLE -> next == PUT_FORWARD || next == UNSUITABLE;
            case PUT_FORWARD -> next == INVITED || next == REJECTED;
            case INVITED -> next == HIRED || next == REJECTED;
            case UNSUITABLE, HIRED, REJECTED -> false;
        };
    }

    boolean isFinal() {
        return this == UNSUITABLE || this == HIRED || this == REJECTED;
    }

    /** The pair must not be proposed again. */
    boolean excludes() {
        return this == UNSUITABLE || this == REJECTED;
    }

    boolean needsReason() {
        return this == UNSUITABLE || this == REJECTED;
    }
}
