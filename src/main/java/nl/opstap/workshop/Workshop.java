package nl.opstap.workshop;

import java.time.LocalDate;
import nl.opstap.employer.EmployerId;
import nl.opstap.organisation.MunicipalityCode;
import org.jspecify.annotations.Nullable;

/** A stored commercial workshop, with how many candidates it has and how many of them hold a seat. */
record Workshop(WorkshopId id, MunicipalityCode municipality, String name, String sector, EmployerId partner, int seats,
                LocalDate start, @Nullable LocalDate end, int candidates, int placed, int version) {

    public int free() {
        return Math.max(0, seats - placed);
    }

    public Phase phaseOn(LocalDate day) {
        return Phase.of(start, end, day);
    }

    /** Planned, running or ended on a day, from the period. */
    enum Phase {
        GEPLAND, LOPEND, AFGELOPEN;

        static Phase of(LocalDate start, @Nullable LocalDate end, LocalDate day) {
            if (day.isBefore(start)) {
                return GEPLAND;
            }
            return end != null && day.isAfter(end) ? AFGELOPEN : LOPEND;
        }
    }
}
