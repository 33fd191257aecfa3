package nl.opstap.portfolio;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import nl.opstap.audit.LogEntry;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.client.PersonalDataPart;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A processing-log entry in words a job seeker understands: when, which role (staff are named by role, not by name),
 * what part of the file (the registered processing activity) and what was done. Their own visits say "U zelf".
 */
@Component
class ProcessingLogView {

    /** One line of "wie heeft mijn dossier bekeken". */
    record Line(Instant when, String who, String what, String action, boolean self) {}

    private static final Locale DUTCH = Locale.of("nl");
    private final MessageSource messages;

    ProcessingLogView(MessageSource messages) {
        this.messages = messages;
    }

    Line line(LogEntry entry) {
        boolean self = "JOB_SEEKER".equals(entry.role());
        String who = self ? text("privacy.log.self") : entry.role() == null ? text("privacy.log.system") : text("role." + entry.role());
        return new Line(entry.occurredAt(), who, activity(entry.activity()), text("privacy.log.action." + entry.action()), self);
    }

    Map<String, @Nullable Object> record(LogEntry entry) {
        Line line = line(entry);
        return PersonalDataPart.record("Wanneer", line.when(), "Wie", line.who(), "Welk deel", line.what(), "Wat", line.action(),
                "Resultaat", text("outcome." + entry.outcome()));
    }

    private String activity(String code) {
        return Arrays.stream(ProcessingActivity.values()).filter(a -> a.id().equals(code)).findFirst()
                .map(ProcessingActivity::description).orElse(code);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, DUTCH);
    }
}
