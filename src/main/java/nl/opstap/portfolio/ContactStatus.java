package nl.opstap.portfolio;

import nl.opstap.shared.domain.Coded;

/**
 * Where an employer's contact request stands: open → voorgelegd (the account manager put it to the job seeker) →
 * contact gelegd, or afgewezen from open or voorgelegd. Ingetrokken: the job seeker withdrew the profile meanwhile.
 */
enum ContactStatus implements Coded {
    OPEN("open"), FORWARDED("voorgelegd"), CONTACTED("contact-gelegd"), DECLINED("afgewezen"), WITHDRAWN("ingetrokken");

    private final String code;

    ContactStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean canBecome(ContactStatus next) {
        return switch (this) {
            case OPEN -> next == FORWARDED || next == DECLINED || next == WITHDRAWN;
            case FORWARDED -> next == CONTACTED || next == DECLINED || next == WITHDRAWN;
            case CONTACTED, DECLINED, WITHDRAWN -> false;
        };
    }

    /** Still being handled: an employer may have one such request per profile. */
    public boolean isActive() {
        return this == OPEN || this == FORWARDED;
    }

    /** The steps an account manager takes (withdrawal is the job seeker's, through their consent). */
    boolean isManagerStep() {
        return this == FORWARDED || this == CONTACTED || this == DECLINED;
    }
}
