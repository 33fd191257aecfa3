package nl.opstap.vacancy;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The numbers vacancies had in the system they were imported from, per employer. */
@Repository
class VacancyReferences {

    private final JdbcClient jdbc;

    VacancyReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<VacancyId> find(UUID employer, String reference) {
        return jdbc.sql("SELECT id FROM vacancy WHERE employer_id = ? AND source_reference = ?").params(employer, reference)
                .query(UUID.class).optional().map(VacancyId::new);
    }

    void set(VacancyId id, String reference) {
        jdbc.sql("UPDATE vacancy SET source_reference = ? WHERE id = ?").params(reference, id.value()).update();
    }
}
