package nl.opstap.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.taxonomy.Occupations;
import nl.opstap.taxonomy.Sectors;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Employers matched on KvK number and vacancies on employer and vacancy number: importing twice updates, never duplicates. */
@OpstapIntegrationTest
class EmployerVacancyImportIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Occupations occupations;
    @Autowired Sectors sectors;

    private static String kvk() {
        return String.valueOf(20_000_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(70_000_000));
    }

    @Test
    void importsEmployersThenTheirVacanciesAndUpdatesOnTheSecondImport() throws Exception {
        ImportSteps steps = new ImportSteps(mvc, jdbc, ImportSteps.ADMIN);
        String name = Fixtures.unique("Importbedrijf");
        String kvkA = kvk();
        String kvkB = kvk();
        String employers = "KvK;Naam;SBI;Straat;Huisnummer;Postcode;Plaats;Gemeente;Werknemers;Afspraakbanen\n"
                + kvkA + ";" + name + " A;C;Markt;1;8331 AB;Steenwijk;Steenwijkerland;30;ja\n"
                + kvkB + ";" + name + " B;Q;Brink;2;7991AA;Dwingeloo;Westerveld;12;nee\n"
                + "1234;" + name + " C;Z;Brink;2;7991AA;Dwingeloo;Westerveld;12;nee\n";
        UUID job = steps.upload("werkgevers", "werkgevers.csv", employers.getBytes(StandardCharsets.UTF_8));
        Map<String, String> employerColumns = Map.of("kvkNummer", "KvK", "naam", "Naam", "sbiSectie", "SBI", "straat", "Straat",
                "huisnummer", "Huisnummer", "postcode", "Postcode", "plaats", "Plaats", "gemeente", "Gemeente", "aantalWerknemers", "Werknemers",
                "interesseAfspraakbanen", "Afspraakbanen");
        assertThat(steps.check(job, employerColumns, Map.of())).isEqualTo("VALIDATED");
        assertThat(steps.counts(job)).containsEntry("new_rows", 2).containsEntry("error_rows", 1);
        assertThat(steps.page(job)).contains("KvK-nummer").contains("Onbekende SBI-sectie");
        assertThat(steps.run(job, "geldige-rijen")).isEqualTo("DONE");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM employer WHERE name LIKE ?").param(name + "%").query(Long.class).single()).isEqualTo(2);

        UUID again = steps.upload("werkgevers", "werkgevers.csv", employers.replace("Markt;1", "Markt;5").getBytes(StandardCharsets.UTF_8));
        assertThat(steps.check(again, employerColumns, Map.of())).isEqualTo("VALIDATED");
        assertThat(steps.counts(again)).containsEntry("new_rows", 0).containsEntry("changed_rows", 1).containsEntry("unchanged_rows", 1);
        assertThat(steps.run(again, "geldige-rijen")).isEqualTo("DONE");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM employer WHERE name LIKE ?").param(name + "%").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT house_number FROM employer WHERE kvk_number = ?").param(kvkA).query(String.class).single()).isEqualTo("5");

        String occupation = occupations.search("kok", 1).getFirst().preferredLabel();
        String sector = sectors.forMunicipality(new MunicipalityCode(Fixtures.STEENWIJKERLAND)).getFirst().name();
        String vacancies = "KvK;Vacaturenummer;Titel;Beroep;Sector;Postcode;Uren;Uren max;Sluitingsdatum;Plaatsen\n"
                + kvkA + ";V-1;Kok " + name + ";" + occupation + ";" + sector + ";8331AB;24;32;31-12-2099;2\n"
                + kvkA + ";V-2;Hulpkok " + name + ";" + occupation + ";" + sector + ";8331AB;40;32;;1\n"
                + "99999999;V-3;Afwasser;" + occupation + ";" + sector + ";8331AB;20;24;;1\n";
        Map<String, String> vacancyColumns = Map.of("werkgeverKvk", "KvK", "referentie", "Vacaturenummer", "titel", "Titel", "beroep", "Beroep",
                "sector", "Sector", "postcode", "Postcode", "urenMin", "Uren", "urenMax", "Uren max", "sluitingsdatum", "Sluitingsdatum",
                "aantalPlaatsen", "Plaatsen");
        UUID vacancyJob = steps.upload("vacatures", "vacatures.csv", vacancies.getBytes(StandardCharsets.UTF_8));
        assertThat(steps.check(vacancyJob, vacancyColumns, Map.of())).isEqualTo("VALIDATED");
        assertThat(steps.counts(vacancyJob)).containsEntry("new_rows", 1).containsEntry("error_rows", 2);
        assertThat(steps.page(vacancyJob)).contains("Importeer eerst de werkgevers");
        assertThat(steps.run(vacancyJob, "geldige-rijen")).isEqualTo("DONE");

        UUID vacancyAgain = steps.upload("vacatures", "vacatures.csv", vacancies.replace(";24;32;31-12-2099;2", ";28;32;31-12-2099;2")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(steps.check(vacancyAgain, vacancyColumns, Map.of())).isEqualTo("VALIDATED");
        assertThat(steps.counts(vacancyAgain)).containsEntry("new_rows", 0).containsEntry("changed_rows", 1);
        assertThat(steps.run(vacancyAgain, "geldige-rijen")).isEqualTo("DONE");
        assertThat(jdbc.sql("SELECT hours_min FROM vacancy WHERE title = ?").param("Kok " + name).query(Integer.class).list()).containsExactly(28);
    }
}
