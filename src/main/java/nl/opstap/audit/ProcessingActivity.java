package nl.opstap.audit;

/**
 * The processing activities of the register (verwerkingsregister, AVG art. 30) that Opstap performs.
 * The id is stable: it is written into every log entry.
 */
public enum ProcessingActivity {
    CLIENT_REGISTRATION("opstap-01", "Registratie en beheer werkzoekenden (Participatiewet)"),
    OWN_FILE("opstap-02", "Inzage eigen dossier door de werkzoekende"),
    DIAGNOSIS("opstap-03", "Diagnose: situatie, perspectief, participatieladder, ZRM, testen, sectoren, beroepen"),
    PLAN("opstap-04", "Plan van Perspectief: doelen, afspraken en stappen"),
    PARTICIPATION("opstap-05", "Deelname aan activiteiten en instrumenten"),
    JOURNAL("opstap-06", "Journaal: gespreksverslagen en aantekeningen"),
    OBLIGATIONS("opstap-07", "Verplichtingen, ontheffingen, signalen en maatregelen"),
    WORKLIST("opstap-08", "Werklijsten en verdeling van caseloads"),
    EMPLOYER_CRM("opstap-09", "Werkgeversdienstverlening: contactpersonen en contactmomenten"),
    WORKSHOPS("opstap-10", "Commerciële werkplaatsen en uitzendsessies: voorgedragen kandidaten"),
    MATCHING("opstap-11", "Matching: werkzoekenden en vacatures voorstellen, beoordelen en voordragen"),
    PLACEMENT("opstap-12", "Plaatsing, nazorg en uitstroom"),
    REPORTING("opstap-13", "Sturingsinformatie: de werkzoekenden achter een cijfer"),
    PORTFOLIO("opstap-14", "E-portfolio, documenten en cv van de werkzoekende"),
    PROFILES("opstap-15", "Anoniem profiel, toestemmingen van de werkzoekende en contactverzoeken van werkgevers"),
    DATA_EXCHANGE("opstap-16", "Gegevensuitwisseling: bulkimport van werkzoekenden, werkgevers en vacatures en exports (migratie, doelgroepregister)"),
    RETENTION("opstap-17", "Bewaartermijnen: anonimiseren van dossiers na de bewaartermijn en op verzoek (AVG art. 17)");

    private final String id;
    private final String description;

    ProcessingActivity(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }
}
