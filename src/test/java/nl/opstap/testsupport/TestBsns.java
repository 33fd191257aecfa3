package nl.opstap.testsupport;

import java.security.SecureRandom;

/**
 * Synthetic BSNs that pass the elfproef, for tests: starting with 7 or 8, which the demo data (1 to 6) never use, and
 * never the same twice in one run, so a test's client cannot clash with a demo client or another test's client.
 */
public final class TestBsns {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.util.Set<String> ISSUED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private TestBsns() {}

    public static String next() {
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                d[i] = i == 0 ? 7 + RANDOM.nextInt(2) : RANDOM.nextInt(10);
                sum += (9 - i) * d[i];
            }
            if (sum % 11 != 10) {
                d[8] = sum % 11;
                StringBuilder bsn = new StringBuilder();
                for (int digit : d) {
                    bsn.append(digit);
                }
                if (ISSUED.add(bsn.toString())) {
                    return bsn.toString();
                }
            }
        }
    }
}
