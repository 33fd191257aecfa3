package nl.opstap.matching;

import java.time.LocalDate;

/**
 * What the engine needs of a vacancy: interned ids for its occupation (ESCO, with its ISCO major group), skills
 * and sector, the PC4 of the workplace and the municipality of the employer.
 */
public record VacancyProfile(long id, int municipality, int pc4, int hoursMin, int hoursMax, LocalDate start,
        int physicalDemands, boolean drivingLicenceRequired, int occupation, int occupationGroup, int[] requiredSkills,
        int[] desiredSkills, int sector, int educationLevel) {}
