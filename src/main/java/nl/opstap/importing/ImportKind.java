package nl.opstap.importing;

import static nl.opstap.importing.ImportField.optional;
import static nl.opstap.importing.ImportField.required;

import java.util.List;
import java.util.Optional;

/** What an import brings in, with its fields; the code is the kind's name in URLs and the API. */
enum ImportKind {
    CLIENTS("werkzoekenden", "Werkzoekenden", List.of(
            optional("gemeente", "Gemeente", "gemeentecode", "gemeentenaam", "cbs-code"),
            required("bsn", "BSN", "burgerservicenummer", "sofinummer", "bsn-nummer"),
            required("voornamen", "Voornamen", "voornaam", "roepnaam"),
            optional("tussenvoegsel", "Tussenvoegsel", "voorvoegsel", "tussenv"),
            required("achternaam", "Achternaam", "geslachtsnaam", "naam"),
            required("geboortedatum", "Geboortedatum", "geb datum", "geb.datum", "geboren"),
            optional("geslacht", "Geslacht", "sekse"),
            optional("straat", "Straat", "straatnaam"),
            optional("huisnummer", "Huisnummer", "huisnr"),
            optional("huisnummertoevoeging", "Huisnummertoevoeging", "toevoeging"),
            required("postcode", "Postcode"),
            optional("woonplaats", "Woonplaats", "plaats"),
            optional("telefoon", "Telefoonnummer", "telefoon", "tel", "mobiel"),
            optional("email", "E-mailadres", "e-mail", "emailadres", "mail"),
            optional("opleidingsniveau", "Opleidingsniveau", "opleiding", "hoogste opleiding"),
            optional("uitkeringsstatus", "Uitkeringsstatus", "uitkering", "status uitkering"),
            optional("uitkeringVanaf", "Uitkering vanaf", "ingangsdatum", "ingangsdatum uitkering", "uitkering ingangsdatum"),
            optional("klantmanager", "Klantmanager", "consulent", "werkconsulent", "trajectbegeleider"),
            optional("situatie", "Huidige situatie", "situatie", "traject"),
            optional("perspectief", "Perspectief"),
            optional("trede", "Trede participatieladder", "trede", "participatieladder", "ladder"),
            optional("sectoren", "Sectoren", "sector", "potentiele sectoren"),
            optional("diagnosedatum", "Diagnose vanaf", "diagnosedatum", "datum diagnose"))),
    EMPLOYERS("werkgevers", "Werkgevers", List.of(
            required("kvkNummer", "KvK-nummer", "kvk", "kvknummer", "kamer van koophandel"),
            required("naam", "Naam", "bedrijfsnaam", "werkgever", "handelsnaam"),
            required("sbiSectie", "SBI-sectie", "sbi", "sector", "branche"),
            required("straat", "Straat", "adres"),
            required("huisnummer", "Huisnummer", "huisnr"),
            required("postcode", "Postcode"),
            required("plaats", "Plaats", "vestigingsplaats", "woonplaats"),
            optional("gemeente", "Gemeente", "gemeentecode"),
            required("aantalWerknemers", "Aantal werknemers", "werknemers", "personeel", "fte"),
            optional("interesseAfspraakbanen", "Interesse in afspraakbanen", "afspraakbanen"),
            optional("interesseJobcarving", "Interesse in jobcarving", "jobcarving"))),
    VACANCIES("vacatures", "Vacatures", List.of(
            required("werkgeverKvk", "KvK-nummer werkgever", "kvk", "kvknummer", "kvk werkgever"),
            required("referentie", "Vacaturenummer", "referentie", "vacature-id", "nummer", "kenmerk"),
            required("titel", "Titel", "functie", "functietitel", "vacaturetitel"),
            required("beroep", "Beroep (ESCO)", "beroep", "esco", "esco-beroep", "beroepscode"),
            required("sector", "Sector"),
            required("postcode", "Postcode", "werklocatie"),
            required("urenMin", "Uren per week (minimaal)", "uren min", "minimaal uren", "uren"),
            optional("urenMax", "Uren per week (maximaal)", "uren max", "maximaal uren"),
            optional("startdatum", "Startdatum", "start", "ingangsdatum"),
            optional("sluitingsdatum", "Sluitingsdatum", "sluit", "einddatum"),
            optional("opleidingsniveau", "Opleidingsniveau", "opleiding"),
            optional("rijbewijs", "Rijbewijs nodig", "rijbewijs"),
            optional("afspraakbaan", "Afspraakbaan", "geschikt als afspraakbaan"),
            required("aantalPlaatsen", "Aantal plaatsen", "plaatsen", "aantal")));

    private final String code;
    private final String label;
    private final List<ImportField> fields;

    ImportKind(String code, String label, List<ImportField> fields) {
        this.code = code;
        this.label = label;
        this.fields = fields;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public List<ImportField> fields() {
        return fields;
    }

    Optional<ImportField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    static Optional<ImportKind> ofCode(String code) {
        for (ImportKind kind : values()) {
            if (kind.code.equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
