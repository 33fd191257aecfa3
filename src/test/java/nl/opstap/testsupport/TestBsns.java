package nl.opstap.testsupport;

import java.security.SecureRandom;

/** Synthetic BSNs that pass the elfproef, for tests; random so tests never collide. */
public final class TestBsns {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestBsns() {}

    public static String next() {
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                d[i] = i == 0 ? 1 + RANDOM.nextInt(6) : RANDOM.nextInt(10);
                sum += (9 - i) * d[i];
            }
            if (sum % 11 != 10) {
                d[8] = sum % 11;
                StringBuilder bsn = new StringBuilder();
                for (int digit : d) {
                    bsn.append(digit);
                }
                return bsn.toString();
            }
        }
    }
}
