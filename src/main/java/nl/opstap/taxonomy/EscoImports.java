package nl.opstap.taxonomy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.shared.cluster.ClusterChanges;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Imports an official ESCO CSV set, all or nothing: every file is read and checked first; only a wholly
 * valid set is stored, in one transaction, and the in-memory indexes are rebuilt after the commit.
 * ESCO is reference data (no personal data), so no processing-log entry; the import records who did it.
 */
@Service
public class EscoImports {

    private final EscoTables tables;
    private final Occupations occupations;
    private final Skills skills;
    private final Clock clock;
    private final ClusterChanges changes;

    EscoImports(EscoTables tables, Occupations occupations, Skills skills, Clock clock, ClusterChanges changes) {
        this.tables = tables;
        this.occupations = occupations;
        this.skills = skills;
        this.clock = clock;
        this.changes = changes;
    }

    /** The imports so far, newest first. */
    public List<EscoImport> history() {
        return tables.history();
    }

    @Transactional
    EscoImport load(Access access, EscoUpload upload) {
        List<EscoProblem> problems = new ArrayList<>();
        String label = upload.versionLabel().strip();
        if (label.isEmpty() || label.length() > 100) {
            problems.add(new EscoProblem("versie", 0, "versie", "Geef de ESCO-versie (1 tot 100 tekens), bijvoorbeeld 'ESCO v1.2.0'."));
        }
        if (upload.occupations() == null && upload.skills() == null && upload.relations() == null) {
            problems.add(new EscoProblem(EscoCsv.OCCUPATIONS, 0, "", "Kies ten minste het beroepen- of vaardighedenbestand."));
        }
        EscoFile<Occupation> occ = upload.occupations() == null ? null : EscoCsv.occupations(upload.occupations());
        EscoFile<Skill> ski = upload.skills() == null ? null : EscoCsv.skills(upload.skills());
        EscoFile<SkillRelation> rel = upload.relations() == null ? null : EscoCsv.relations(upload.relations());
        for (EscoFile<?> file : java.util.Arrays.asList(occ, ski, rel)) {
            if (file != null) {
                problems.addAll(file.problems());
            }
        }
        if (rel != null && rel.valid() && (occ == null || occ.valid()) && (ski == null || ski.valid())) {
            Set<String> occupationUris = new HashSet<>();
            if (occ != null) {
                occ.rows().forEach(o -> occupationUris.add(o.uri()));
            }
            Set<String> skillUris = new HashSet<>();
            if (ski != null) {
                ski.rows().forEach(s -> skillUris.add(s.uri()));
            }
            problems.addAll(EscoImportCheck.relations(rel.rows(),
                    uri -> occ != null ? occupationUris.contains(uri) : occupations.find(uri).isPresent(),
                    uri -> ski != null ? skillUris.contains(uri) : skills.known(uri)));
        }
        if (!problems.isEmpty()) {
            throw new EscoImportRefused(problems);
        }
        if (occ != null) {
            tables.replaceOccupations(occ.rows());
        }
        if (ski != null) {
            tables.replaceSkills(ski.rows());
        }
        if (rel != null) {
            tables.replaceRelations(rel.rows());
        } else {
            tables.dropDanglingRelations(occ != null);
        }
        EscoImport done = new EscoImport(UUID.randomUUID(), label, clock.instant(), access.user().displayName(),
                occ == null ? 0 : occ.rows().size(), ski == null ? 0 : ski.rows().size(), rel == null ? 0 : rel.rows().size());
        tables.record(done, access.user().id().value());
        changes.record(TaxonomyBroadcast.TOPIC, null); // the other instances rebuild their indexes as well
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                occupations.reload();
                skills.reload();
            }
        });
        return done;
    }
}
