package nl.opstap.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.opstap.access.Access;
import nl.opstap.client.ClientRef;
import nl.opstap.client.PersonalDataContributor;
import nl.opstap.client.PersonalDataPart;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The plans' part of the AVG download: every plan and every version of it (concepts included), with its goals,
 * agreements and steps. Each goal, agreement and step names the plan (its start date) and the version it belongs to.
 */
@Component
class PlanPersonalData implements PersonalDataContributor {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final String PLAN = "Plan gestart op";
    private static final String VERSION = "Versie";

    private final PlanService service;
    private final MessageSource messages;

    PlanPersonalData(PlanService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    /** Reads through the service, which logs one read under the plan's processing activity when there is a plan. */
    @Override
    public List<PersonalDataPart> partsFor(Access access, ClientRef client) {
        List<Plan> plans = service.readAll(access, client);
        if (plans.isEmpty()) {
            return List.of();
        }
        List<Map<String, @Nullable Object>> versions = new ArrayList<>();
        List<Map<String, @Nullable Object>> goals = new ArrayList<>();
        List<Map<String, @Nullable Object>> agreements = new ArrayList<>();
        List<Map<String, @Nullable Object>> steps = new ArrayList<>();
        for (Plan plan : plans) {
            for (PlanVersion v : plan.versions()) {
                PlanContent c = v.content();
                versions.add(PersonalDataPart.record(PLAN, plan.startedOn(), VERSION, v.number(),
                        "Status", text("plan.status." + v.status().name()), "Geldt vanaf", v.effectiveOn(), "Reden", v.reason(),
                        "Perspectief", c.perspective(), "Herbeoordelingsdatum", c.reviewDate(),
                        "Vastgelegd op", v.recordedAt(), "Vastgelegd door", v.recordedByName()));
                c.goals().forEach(g -> goals.add(PersonalDataPart.record(PLAN, plan.startedOn(), VERSION, v.number(),
                        "Doel", g.text(), "Streefdatum", g.targetDate())));
                c.agreements().forEach(a -> agreements.add(PersonalDataPart.record(PLAN, plan.startedOn(), VERSION, v.number(),
                        "Wie", party(a.party()), "Afspraak", a.text())));
                c.steps().forEach(s -> steps.add(PersonalDataPart.record(PLAN, plan.startedOn(), VERSION, v.number(),
                        "Stap", s.description(), "Uiterlijk", s.dueDate(), "Gedaan op", s.doneOn(), "Wie", party(s.responsible()))));
            }
        }
        List<PersonalDataPart> parts = new ArrayList<>();
        parts.add(new PersonalDataPart("Plan van Perspectief: versies", 20, versions));
        addIfAny(parts, "Plan van Perspectief: doelen", 21, goals);
        addIfAny(parts, "Plan van Perspectief: afspraken", 22, agreements);
        addIfAny(parts, "Plan van Perspectief: stappen", 23, steps);
        return parts;
    }

    private static void addIfAny(List<PersonalDataPart> parts, String title, int order, List<Map<String, @Nullable Object>> records) {
        if (!records.isEmpty()) {
            parts.add(new PersonalDataPart(title, order, records));
        }
    }

    private @Nullable String party(@Nullable Party party) {
        return party == null ? null : text("plan.party." + party.name());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, DUTCH);
    }
}
