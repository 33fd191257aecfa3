package nl.opstap.obligation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.opstap.access.Access;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientRef;
import nl.opstap.client.PersonalDataContributor;
import nl.opstap.client.PersonalDataPart;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The obligations' part of the AVG download: obligations, exemptions with their reason (health reasons too: the
 * staff-side {@link HealthReasonRule} does not bind the person it is about), signals as {@link SignalDisclosureRule}
 * allows (open fraud signals are withheld), measures, and premiums or work bonuses. Measures do not name their
 * signal, so a withheld signal is not revealed through them.
 */
@Component
class ObligationPersonalData implements PersonalDataContributor {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final String FROM = "Ingangsdatum";
    private static final String UNTIL = "Einddatum";
    private static final String NOTE = "Toelichting";

    private final Obligations store;
    private final ProcessingLog log;
    private final MessageSource messages;

    ObligationPersonalData(Obligations store, ProcessingLog log, MessageSource messages) {
        this.store = store;
        this.log = log;
        this.messages = messages;
    }

    @Override
    @Transactional
    public List<PersonalDataPart> partsFor(Access access, ClientRef client) {
        List<PersonalDataPart> parts = new ArrayList<>();
        add(parts, "Verplichtingen", 50, store.obligations(client.id()).stream().map(o -> PersonalDataPart.record(
                "Verplichting", text("obligation.kind." + o.kind().name()), FROM, o.validFrom(), UNTIL, o.validUntil(),
                NOTE, o.note())).toList());
        add(parts, "Ontheffingen", 51, store.exemptions(client.id()).stream().map(e -> PersonalDataPart.record(
                "Ontheffing van", text("obligation.kind." + e.obligationKind().name()),
                "Reden", e.reason() == null ? null : text("exemption.reason." + e.reason().name()), FROM, e.validFrom(),
                UNTIL, e.validUntil(), "Herbeoordelingsdatum", e.recheckOn(), "Laatst herbeoordeeld op", e.lastRecheckedOn(),
                NOTE, e.note())).toList());
        add(parts, "Signalen", 52, store.signals(client.id()).stream()
                .filter(s -> SignalDisclosureRule.disclosed(s.kind(), s.status())).map(s -> PersonalDataPart.record(
                        "Soort signaal", text("signal.kind." + s.kind().name()), "Datum van het signaal", s.signalDate(),
                        "Omschrijving", s.description(), "Status", text("signal.status." + s.status().name()),
                        "Afgehandeld op", s.handledOn())).toList());
        add(parts, "Maatregelen", 53, store.measures(client.id()).stream().map(m -> PersonalDataPart.record(
                "Soort maatregel", text("measure.kind." + m.kind().name()), "Percentage verlaging", m.percentage(),
                "Besluitdatum", m.decidedOn(), FROM, m.validFrom(), UNTIL, m.validUntil(), NOTE, m.note())).toList());
        add(parts, "Premies en werkbonussen", 54, store.bonuses(client.id()).stream().map(b -> PersonalDataPart.record(
                "Datum", b.bonusDate(), "Bedrag (euro)", b.amount(), "Reden", b.reason())).toList());
        if (!parts.isEmpty()) {
            log.record(access, ProcessingActivity.OBLIGATIONS, ProcessingAction.READ, Outcome.SUCCESS,
                    List.of(new LogSubject(client.id().value(), client.municipality())));
        }
        return parts;
    }

    private static void add(List<PersonalDataPart> parts, String title, int order, List<Map<String, @Nullable Object>> records) {
        if (!records.isEmpty()) {
            parts.add(new PersonalDataPart(title, order, records));
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, DUTCH);
    }
}
