package nl.opstap.shared.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/** Two requests of one session adding the same attribute at once: both saves succeed, the last value is kept. */
@OpstapIntegrationTest
class SessionAttributeUpsertIT {

    @Autowired SessionRepository<? extends Session> sessions;

    @Test
    void sameNewAttributeSavedFromTwoCopiesOfTheSession() {
        savedTwice(sessions);
    }

    private static <S extends Session> void savedTwice(SessionRepository<S> sessions) {
        S session = sessions.createSession();
        sessions.save(session);
        S first = sessions.findById(session.getId());
        S second = sessions.findById(session.getId());

        first.setAttribute("melding", "eerste");
        second.setAttribute("melding", "tweede");
        sessions.save(first);

        assertThatCode(() -> sessions.save(second)).doesNotThrowAnyException();
        assertThat(sessions.findById(session.getId()).<String>getAttribute("melding")).isEqualTo("tweede");
        sessions.deleteById(session.getId());
    }
}
