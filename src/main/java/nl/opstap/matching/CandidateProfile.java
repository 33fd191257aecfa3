package nl.opstap.matching;

import java.time.LocalDate;

/**
 * What the engine needs of a client (no name, no BSN): interned ids for occupations (ESCO), skills and sectors,
 * the PC4 of the home address and the municipality responsible for the client.
 */
public record CandidateProfile(long id, int municipality, boolean consent, int pc4, int maxTravelKm, int hoursMin,
        int hoursMax, LocalDate availableFrom, int loadLevel, boolean drivingLicence, boolean perspectiveZorg,
        int educationLevel, int ladderStep, int[] interestOccupations, int[] experienceOccupations, int[] skills,
        int[] sectors, int testCategory) {}
