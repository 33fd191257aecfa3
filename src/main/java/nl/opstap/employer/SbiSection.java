package nl.opstap.employer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/**
 * The main sections (letters) of the SBI 2008, the CBS classification of economic activities. We keep the
 * managed list of sections rather than free SBI codes: the account managers and reports group employers by
 * sector, and the section is what the KvK extract shows first. Labels: employer.sbi.X in the bundle.
 */
public enum SbiSection implements Coded {
    A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T, U;

    @Override
    @JsonValue
    public String code() {
        return name();
    }

    @JsonCreator
    static SbiSection of(String code) {
        return Coded.fromCode(SbiSection.class, code);
    }
}
