package nl.opstap.matching;

import java.util.UUID;

/** The keys under which skills are interned: an ESCO skill by URI, an organisation's competence by id. */
final class SkillKeys {

    static final String ESCO = "esco:";
    static final String COMPETENCE = "competentie:";

    private SkillKeys() {}

    static String esco(String uri) {
        return ESCO + uri;
    }

    static String competence(UUID id) {
        return COMPETENCE + id;
    }
}
