package nl.opstap.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.opstap.client.BenefitStatus;
import nl.opstap.client.ClientDetails;
import nl.opstap.client.ClientImports;
import nl.opstap.client.EducationLevel;
import nl.opstap.client.Gender;
import nl.opstap.diagnosis.CurrentSituation;
import nl.opstap.diagnosis.LadderStep;
import nl.opstap.diagnosis.Perspective;
import nl.opstap.shared.domain.Coded;
import org.jspecify.annotations.Nullable;

/**
 * Reads client rows through the column mapping: each cell becomes the value the register expects, or a problem
 * for the report. The register's own rules (BSN, names, age, scope) are checked afterwards by
 * {@link ClientImports}; this reader only reads.
 */
final class ClientRowReader {

    /** A row as read, with its diagnosis values (null when not in the file) and the date they hold from. */
    record ReadRow(ClientImports.Row client, @Nullable CurrentSituation situation, @Nullable Perspective perspective,
                   @Nullable LadderStep ladder, @Nullable List<String> sectors, LocalDate diagnosisFrom) {}

    private final RowCells cells;
    private final ImportSettings settings;
    private final ImportLookups.Lookup lookup;
    private final LocalDate today;

    ClientRowReader(ImportSettings settings, List<String> headers, ImportLookups.Lookup lookup, LocalDate today) {
        this.cells = new RowCells(ImportKind.CLIENTS, settings.mapping(), headers);
        this.settings = settings;
        this.lookup = lookup;
        this.today = today;
    }

    /** The row, or null when a cell could not be read (its problems are added to {@code problems}). */
    @Nullable ReadRow read(SourceTable.SourceRow row, List<RowProblem> problems) {
        RowCells.Reading r = cells.reading(row, problems);
        String municipality = municipality(r);
        String bsn = r.text("bsn");
        LocalDate birth = r.value("geboortedatum", DutchValues::date);
        ClientDetails details = new ClientDetails(municipality, bsn, r.text("voornamen"), r.text("tussenvoegsel"), r.text("achternaam"),
                birth, r.value("geslacht", ClientRowReader::gender), r.text("straat"), r.value("huisnummer", DutchValues::whole),
                r.text("huisnummertoevoeging"), r.text("postcode"), r.text("woonplaats"), r.text("telefoon"), r.text("email"),
                r.value("opleidingsniveau", t -> DutchValues.coded(EducationLevel.class, t, EducationLevel::code)), null, null);
        BenefitStatus benefit = r.value("uitkeringsstatus", ClientRowReader::benefit);
        LocalDate benefitFrom = r.value("uitkeringVanaf", DutchValues::date);
        var caseworker = r.value("klantmanager", t -> {
            var found = lookup.caseworker(t, municipality);
            if (found == null) {
                throw new IllegalArgumentException("Geen klantmanager van de gemeente van deze werkzoekende met deze gebruikersnaam of naam.");
            }
            return found;
        });
        CurrentSituation situation = r.value("situatie", t -> DutchValues.coded(CurrentSituation.class, t, CurrentSituation::label));
        Perspective perspective = r.value("perspectief", t -> DutchValues.coded(Perspective.class, t, Perspective::label));
        LadderStep ladder = r.value("trede", t -> DutchValues.coded(LadderStep.class, t.replaceFirst("(?i)^trede\\s*", ""), LadderStep::label));
        List<String> sectors = r.value("sectoren", t -> sectors(t, municipality));
        LocalDate from = r.value("diagnosedatum", DutchValues::date);
        if (!r.clean()) {
            return null;
        }
        Set<String> present = new HashSet<>();
        for (String property : List.of("municipality", "firstNames", "infix", "lastName", "dateOfBirth", "gender", "street",
                "houseNumber", "houseNumberSuffix", "postcode", "city", "phone", "email", "educationLevel")) {
            if (cells.mapped(FIELD_OF.get(property)) || property.equals("municipality")) {
                present.add(property);
            }
        }
        present.add("bsn");
        LocalDate diagnosisFrom = from != null ? from : settings.referenceDate() != null ? settings.referenceDate() : today;
        return new ReadRow(new ClientImports.Row(row.number(), details, present, benefit, benefitFrom, caseworker),
                situation, perspective, ladder, sectors, diagnosisFrom);
    }

    /** The import field of a register property, for mapping the register's problems back onto columns. */
    static final java.util.Map<String, String> FIELD_OF = java.util.Map.ofEntries(java.util.Map.entry("municipality", "gemeente"),
            java.util.Map.entry("bsn", "bsn"), java.util.Map.entry("firstNames", "voornamen"), java.util.Map.entry("infix", "tussenvoegsel"),
            java.util.Map.entry("lastName", "achternaam"), java.util.Map.entry("dateOfBirth", "geboortedatum"),
            java.util.Map.entry("gender", "geslacht"), java.util.Map.entry("street", "straat"), java.util.Map.entry("houseNumber", "huisnummer"),
            java.util.Map.entry("houseNumberSuffix", "huisnummertoevoeging"), java.util.Map.entry("postcode", "postcode"),
            java.util.Map.entry("city", "woonplaats"), java.util.Map.entry("phone", "telefoon"), java.util.Map.entry("email", "email"),
            java.util.Map.entry("educationLevel", "opleidingsniveau"), java.util.Map.entry("benefit", "uitkeringsstatus"),
            java.util.Map.entry("benefitFrom", "uitkeringVanaf"), java.util.Map.entry("caseworker", "klantmanager"),
            java.util.Map.entry("situation", "situatie"), java.util.Map.entry("perspective", "perspectief"),
            java.util.Map.entry("ladder", "trede"), java.util.Map.entry("sectors", "sectoren"));

    private String municipality(RowCells.Reading r) {
        String text = r.text("gemeente");
        if (text.isEmpty() && settings.municipality() != null) {
            return settings.municipality();
        }
        String code = r.value("gemeente", t -> {
            String found = lookup.municipality(t);
            if (found == null) {
                throw new IllegalArgumentException("Onbekende gemeente, of een gemeente waarvoor u niet mag importeren. Gebruik de CBS-code (GM0000) of de naam.");
            }
            return found;
        });
        return code == null ? "" : code;
    }

    private List<String> sectors(String text, String municipality) {
        List<String> codes = new ArrayList<>();
        String whole = lookup.sector(text, municipality);
        if (whole != null) {
            return List.of(whole);
        }
        // Sector names hold slashes and commas ("Horeca/catering"), so only ; and | separate them.
        for (String part : text.split("[;|]")) {
            if (part.isBlank()) {
                continue;
            }
            String code = lookup.sector(part, municipality);
            if (code == null) {
                throw new IllegalArgumentException("Onbekende sector. Gebruik de namen of codes uit de sectorlijst van uw organisatie, gescheiden door ; (puntkomma).");
            }
            codes.add(code);
        }
        return codes;
    }

    private static Gender gender(String text) {
        return switch (DutchValues.normalise(text)) {
            case "m", "man", "mannelijk", "male" -> Gender.MALE;
            case "v", "vrouw", "vrouwelijk", "f", "female" -> Gender.FEMALE;
            case "x", "o", "anders", "overig" -> Gender.OTHER;
            case "onbekend", "u", "" -> Gender.UNKNOWN;
            default -> throw new IllegalArgumentException("Schrijf man, vrouw, anders of onbekend (of M, V, X).");
        };
    }

    private static BenefitStatus benefit(String text) {
        return switch (DutchValues.normalise(text)) {
            case "nugger", "nietuitkeringsgerechtigd", "geenuitkering" -> BenefitStatus.NON_RECIPIENT;
            case "uitkering", "uitkeringsgerechtigd", "bijstand", "pw", "participatiewet" -> BenefitStatus.RECIPIENT;
            default -> DutchValues.coded(BenefitStatus.class, text, Coded::code);
        };
    }
}
