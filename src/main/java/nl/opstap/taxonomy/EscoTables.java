package nl.opstap.taxonomy;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.opstap.shared.jdbc.SqlValues;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The imported ESCO set (current occupations, skills, relations) and the import history. */
@Repository
class EscoTables {

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    EscoTables(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    List<Occupation> occupations() {
        return jdbc.sql("SELECT uri, preferred_label, alt_labels, isco_group, code FROM esco_occupation")
                .query((rs, n) -> new Occupation(rs.getString(1), rs.getString(2), labels(rs.getString(3)), rs.getString(4), rs.getString(5)))
                .list();
    }

    List<Skill> skills() {
        return jdbc.sql("SELECT uri, preferred_label, alt_labels, skill_type, reuse_level FROM esco_skill")
                .query((rs, n) -> new Skill(rs.getString(1), rs.getString(2), labels(rs.getString(3)), rs.getString(4), rs.getString(5)))
                .list();
    }

    List<SkillRelation> relations() {
        return jdbc.sql("SELECT occupation_uri, skill_uri, relation_type FROM esco_occupation_skill")
                .query((rs, n) -> new SkillRelation(rs.getString(1), rs.getString(2), "essential".equals(rs.getString(3)))).list();
    }

    void replaceOccupations(List<Occupation> occupations) {
        template.update("DELETE FROM esco_occupation");
        template.batchUpdate("INSERT INTO esco_occupation (uri, preferred_label, alt_labels, isco_group, code) VALUES (?, ?, ?, ?, ?)",
                occupations, BATCH, (ps, o) -> {
                    ps.setString(1, o.uri());
                    ps.setString(2, o.preferredLabel());
                    ps.setString(3, String.join("\n", o.altLabels()));
                    ps.setString(4, o.iscoGroup());
                    ps.setString(5, o.code());
                });
    }

    void replaceSkills(List<Skill> skills) {
        template.update("DELETE FROM esco_skill");
        template.batchUpdate("INSERT INTO esco_skill (uri, preferred_label, alt_labels, skill_type, reuse_level) VALUES (?, ?, ?, ?, ?)",
                skills, BATCH, (ps, s) -> {
                    ps.setString(1, s.uri());
                    ps.setString(2, s.preferredLabel());
                    ps.setString(3, String.join("\n", s.altLabels()));
                    ps.setString(4, s.skillType());
                    ps.setString(5, s.reuseLevel());
                });
    }

    void replaceRelations(List<SkillRelation> relations) {
        template.update("DELETE FROM esco_occupation_skill");
        template.batchUpdate("INSERT INTO esco_occupation_skill (occupation_uri, skill_uri, relation_type) VALUES (?, ?, ?)",
                relations, BATCH, (ps, r) -> {
                    ps.setString(1, r.occupationUri());
                    ps.setString(2, r.skillUri());
                    ps.setString(3, r.essential() ? "essential" : "optional");
                });
    }

    /** After occupations or skills were replaced without new relations: drop relations to what no longer exists. */
    void dropDanglingRelations(boolean occupationsImported) {
        if (occupationsImported) {
            jdbc.sql("DELETE FROM esco_occupation_skill WHERE occupation_uri NOT IN (SELECT uri FROM esco_occupation)").update();
        }
        jdbc.sql("DELETE FROM esco_occupation_skill WHERE skill_uri NOT IN (SELECT uri FROM esco_skill)").update();
    }

    void record(EscoImport done, UUID by) {
        jdbc.sql("INSERT INTO esco_import (id, version_label, imported_at, imported_by, imported_by_name, occupations, skills, relations) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(done.id(), done.versionLabel(), SqlValues.timestamp(done.importedAt()), by, done.importedBy(),
                        done.occupations(), done.skills(), done.relations()).update();
    }

    List<EscoImport> history() {
        return jdbc.sql("SELECT id, version_label, imported_at, imported_by_name, occupations, skills, relations FROM esco_import "
                        + "ORDER BY imported_at DESC")
                .query((rs, n) -> new EscoImport(rs.getObject(1, UUID.class), rs.getString(2), SqlValues.instant(rs, "imported_at"),
                        rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7))).list();
    }

    private static List<String> labels(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }
}
