package nl.opstap.employer;

/**
 * The main sections (letters) of the SBI 2008, the CBS classification of economic activities. We keep the
 * managed list of sections rather than free SBI codes: the account managers and reports group employers by
 * sector, and the section is what the KvK extract shows first. Labels: employer.sbi.X in the bundle.
 */
public enum SbiSection {
    A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T, U
}
