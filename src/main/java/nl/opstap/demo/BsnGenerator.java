package nl.opstap.demo;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/** Generates distinct synthetic BSNs that pass the elfproef; never a real person's number by intent. */
final class BsnGenerator {

    private final Random random;
    private final Set<String> issued = new HashSet<>();

    BsnGenerator(Random random) {
        this.random = random;
    }

    String next() {
        while (true) {
            int[] d = new int[9];
            d[0] = 1 + random.nextInt(6);
            int sum = 9 * d[0];
            for (int i = 1; i < 8; i++) {
                d[i] = random.nextInt(10);
                sum += (9 - i) * d[i];
            }
            int check = sum % 11;
            if (check == 10) {
                continue;
            }
            d[8] = check;
            StringBuilder bsn = new StringBuilder(9);
            for (int digit : d) {
                bsn.append(digit);
            }
            if (issued.add(bsn.toString())) {
                return bsn.toString();
            }
        }
    }
}
