package nl.opstap.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ESCO CSV reader and the cross-file check, on the official format (fixture under src/test/resources/esco). */
class EscoCsvTest {

    static final String OCC = "http://data.europa.eu/esco/occupation/";
    static final String SKILL = "http://data.europa.eu/esco/skill/";
    static final String OCC_HEADER = "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,"
            + "regulatedProfessionNote,scopeNote,definition,inScheme,description,code\n";
    static final String SKILL_HEADER = "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,"
            + "modifiedDate,scopeNote,definition,inScheme,description\n";

    static Reader fixture(String name) {
        return new InputStreamReader(EscoCsvTest.class.getResourceAsStream("/esco/" + name), StandardCharsets.UTF_8);
    }

    @Test
    void readsTheOfficialFilesWithBomMultiLineLabelsAndExtraColumns() throws IOException {
        EscoFile<Occupation> occupations = EscoCsv.occupations(fixture("occupations_nl.csv"));
        assertThat(occupations.problems()).isEmpty();
        assertThat(occupations.rows()).hasSize(3);
        Occupation first = occupations.rows().getFirst();
        assertThat(first.uri()).isEqualTo(OCC + "f1c5e0aa-0000-4000-8000-000000000001");
        assertThat(first.altLabels()).containsExactly("vorkheftruckbestuurder toetsfixture", "magazijnrijder toetsfixture",
                "heftruckbestuurster toetsfixture");
        assertThat(first.code()).isEqualTo("8344.1.9");
        EscoFile<Skill> skills = EscoCsv.skills(fixture("skills_nl.csv"));
        assertThat(skills.problems()).isEmpty();
        assertThat(skills.rows()).extracting(Skill::reuseLevel).contains("transversal");
        EscoFile<SkillRelation> relations = EscoCsv.relations(fixture("occupationSkillRelations_nl.csv"));
        assertThat(relations.problems()).isEmpty();
        assertThat(relations.rows()).filteredOn(SkillRelation::essential).hasSize(3);
    }

    @Test
    void reportsAMissingColumnInTheHeader() {
        EscoFile<Occupation> file = EscoCsv.occupations(new StringReader("conceptUri,preferredLabel\n" + OCC + "x,kok\n"));
        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).extracting(EscoProblem::row, EscoProblem::column).contains(org.assertj.core.groups.Tuple.tuple(1L, "conceptType"));
    }

    @Test
    void reportsAnEmptyConceptUriAndLabelWithRowAndColumn() {
        EscoFile<Occupation> file = EscoCsv.occupations(new StringReader(OCC_HEADER
                + "Occupation," + OCC + "a,1,kok,,,,,,,,,,1.1\n"
                + "Occupation,,1,bakker,,,,,,,,,,1.2\n"
                + "Occupation," + OCC + "c,1,,,,,,,,,,,1.3\n"));
        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).extracting(EscoProblem::row, EscoProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "conceptUri"), org.assertj.core.groups.Tuple.tuple(4L, "preferredLabel"));
    }

    @Test
    void refusesUnknownEscoCodesWrongConceptTypesAndDuplicates() {
        EscoFile<Skill> file = EscoCsv.skills(new StringReader(SKILL_HEADER
                + "KnowledgeSkillCompetence,http://example.org/skill/1,skill,,lassen,,,,,,,,\n"
                + "Occupation," + SKILL + "b,skill,,lassen,,,,,,,,\n"
                + "KnowledgeSkillCompetence," + SKILL + "c,skill,,solderen,,,,,,,,\n"
                + "KnowledgeSkillCompetence," + SKILL + "c,skill,,solderen,,,,,,,,\n"));
        assertThat(file.problems()).extracting(EscoProblem::row, EscoProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "conceptUri"), org.assertj.core.groups.Tuple.tuple(3L, "conceptType"),
                org.assertj.core.groups.Tuple.tuple(5L, "conceptUri"));
        assertThat(file.problems().getFirst().message()).contains("Onbekende ESCO-code");
    }

    @Test
    void reportsAnUnknownRelationType() {
        EscoFile<SkillRelation> file = EscoCsv.relations(new StringReader("occupationUri,relationType,skillType,skillUri\n"
                + OCC + "a,essential,skill," + SKILL + "b\n" + OCC + "a,verplicht,skill," + SKILL + "c\n"));
        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("relationType");
            assertThat(p.message()).contains("verplicht");
        });
    }

    @Test
    void reportsAFileThatIsNotCsv() {
        EscoFile<SkillRelation> file = EscoCsv.relations(new StringReader("occupationUri,relationType,skillType,skillUri\n\"open quote,"));
        assertThat(file.valid()).isFalse();
        assertThat(file.problems().getFirst().message()).contains("CSV");
    }

    @Test
    void checksThatRelationsNameKnownOccupationsAndSkills() {
        List<SkillRelation> relations = List.of(new SkillRelation(OCC + "a", SKILL + "b", true), new SkillRelation(OCC + "x", SKILL + "y", false));
        List<EscoProblem> problems = EscoImportCheck.relations(relations, uri -> uri.equals(OCC + "a"), uri -> uri.equals(SKILL + "b"));
        assertThat(problems).extracting(EscoProblem::row, EscoProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "occupationUri"), org.assertj.core.groups.Tuple.tuple(3L, "skillUri"));
        assertThat(problems.getFirst().message()).contains("Onbekend beroep");
    }
}
