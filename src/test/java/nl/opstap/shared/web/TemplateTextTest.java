package nl.opstap.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.opstap.access.Role;
import org.junit.jupiter.api.Test;

/**
 * Every text on a screen comes from messages.properties or a module's i18n bundle: templates hold no literal text, and every
 * message key they name exists (also the keys built from enum values).
 */
class TemplateTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern ELEMENT_WITH_TEXT =
            Pattern.compile("<(\\w+)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>([^<]*)(?=<)");
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
    private static final Pattern REPLACING = Pattern.compile("th:(text|utext|replace|insert)=");

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    private static Properties messages() throws IOException {
        Properties properties = new Properties();
        List<Path> bundles = new ArrayList<>(List.of(Path.of("src/main/resources/messages.properties")));
        try (Stream<Path> modules = Files.list(Path.of("src/main/resources/i18n"))) {
            modules.filter(p -> p.toString().endsWith(".properties")).sorted().forEach(bundles::add);
        }
        for (Path bundle : bundles) {
            try (InputStream in = Files.newInputStream(bundle)) {
                properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return properties;
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", "");
            Matcher m = ELEMENT_WITH_TEXT.matcher(html);
            while (m.find()) {
                String text = m.group(3).strip();
                if (text.chars().anyMatch(Character::isLetter) && !REPLACING.matcher(m.group(2)).find()
                        && !text.startsWith("[[")) {
                    literals.add(template.getFileName() + ": " + text);
                }
            }
        }
        assertThat(literals).as("literal text in templates; move it to messages.properties").isEmpty();
    }

    @Test
    void everyMessageKeyNamedInATemplateExists() throws IOException {
        Properties messages = messages();
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = LITERAL_KEY.matcher(Files.readString(template));
            while (m.find()) {
                if (!messages.containsKey(m.group(1))) {
                    missing.add(template.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumValueShownOnAScreenHasALabel() throws IOException {
        Properties messages = messages();
        List<String> keys = new ArrayList<>();
        for (Role role : Role.values()) {
            keys.add("role." + role.name());
        }
        enumKeys(keys, "gender.", "nl.opstap.client.Gender");
        enumKeys(keys, "education.", "nl.opstap.client.EducationLevel");
        enumKeys(keys, "language.", "nl.opstap.client.LanguageLevel");
        enumKeys(keys, "load.", "nl.opstap.client.LoadLevel");
        enumKeys(keys, "benefit.", "nl.opstap.client.BenefitStatus");
        enumKeys(keys, "action.", "nl.opstap.audit.ProcessingAction");
        enumKeys(keys, "outcome.", "nl.opstap.audit.Outcome");
        enumKeys(keys, "channel.", "nl.opstap.access.Channel");
        enumKeys(keys, "situation.", "nl.opstap.diagnosis.CurrentSituation");
        enumKeys(keys, "perspective.", "nl.opstap.diagnosis.Perspective");
        enumKeys(keys, "ladder.", "nl.opstap.diagnosis.LadderStep");
        enumKeys(keys, "zrm.domain.", "nl.opstap.diagnosis.ZrmDomain");
        enumKeys(keys, "zrm.score.", "nl.opstap.diagnosis.ZrmScore");
        enumKeys(keys, "test.type.", "nl.opstap.diagnosis.TestType");
        enumKeys(keys, "test.category.", "nl.opstap.diagnosis.AssessmentCategory");
        enumKeys(keys, "occupation.kind.", "nl.opstap.diagnosis.OccupationKind");
        enumKeys(keys, "plan.status.", "nl.opstap.plan.PlanStatus");
        enumKeys(keys, "plan.party.", "nl.opstap.plan.Party");
        enumKeys(keys, "journal.type.", "nl.opstap.journal.JournalType");
        enumKeys(keys, "activity.kind.", "nl.opstap.activity.ActivityKind");
        enumKeys(keys, "participation.result.", "nl.opstap.activity.ParticipationResult");
        enumKeys(keys, "obligation.kind.", "nl.opstap.obligation.ObligationKind");
        enumKeys(keys, "exemption.reason.", "nl.opstap.obligation.ExemptionReason");
        enumKeys(keys, "exemption.recheck.outcome.", "nl.opstap.obligation.RecheckOutcome");
        enumKeys(keys, "signal.kind.", "nl.opstap.obligation.SignalKind");
        enumKeys(keys, "employer.sbi.", "nl.opstap.employer.SbiSection");
        enumKeys(keys, "employer.channel.", "nl.opstap.employer.ContactChannel");
        enumKeys(keys, "vacancy.status.", "nl.opstap.vacancy.VacancyStatus");
        enumKeys(keys, "workshop.candidate.status.", "nl.opstap.workshop.CandidateStatus");
        enumKeys(keys, "workshop.phase.", "nl.opstap.workshop.Workshop$Phase");
        enumKeys(keys, "session.outcome.", "nl.opstap.workshop.AgencyOutcome");
        enumKeys(keys, "employer.managerKind.", "nl.opstap.employer.ManagerKind");
        enumKeys(keys, "agreement.kind.", "nl.opstap.employer.PartnerKind");
        enumKeys(keys, "signal.status.", "nl.opstap.obligation.SignalStatus");
        enumKeys(keys, "measure.kind.", "nl.opstap.obligation.MeasureKind");
        enumKeys(keys, "retention.groundName.", "nl.opstap.retention.ErasureGround");
        assertThat(keys).allSatisfy(key -> assertThat(messages).containsKey(key));
    }

    private static void enumKeys(List<String> keys, String prefix, String type) {
        try {
            for (Object value : Class.forName(type).getEnumConstants()) {
                keys.add(prefix + ((Enum<?>) value).name());
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
