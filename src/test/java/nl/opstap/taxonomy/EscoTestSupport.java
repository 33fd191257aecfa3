package nl.opstap.taxonomy;

import org.springframework.jdbc.core.simple.JdbcClient;

/** For tests that import the small ESCO fixture: back to the shipped set, so other tests see the 3007 shipped occupations. */
public final class EscoTestSupport {

    private EscoTestSupport() {}

    public static void restoreShippedSet(JdbcClient jdbc, Occupations occupations, Skills skills) {
        for (String table : new String[] {"esco_occupation_skill", "esco_skill", "esco_occupation", "esco_import"}) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        occupations.reload();
        skills.reload();
    }
}
