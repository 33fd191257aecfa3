package nl.opstap.matching;

import java.util.Arrays;

/**
 * The slots of a store grouped by (municipality, PC4 area, reach band): a query walks only the buckets of the
 * allowed municipalities and skips a whole bucket when its area is farther than the bucket's reach (for candidates
 * their maximum travel distance, rounded up to a band), before looking at a single profile.
 * Removal is a swap with the bucket's last member, so updates never rebuild anything.
 */
final class SpatialBuckets {

    static final int MUNICIPALITIES = 1 << 15;
    private static final int[] BANDS = {0, 5, 10, 15, 20, 25, 30, 40, 50, 75, 100, 150, 250};

    private final LongIntMap bucketOfKey = new LongIntMap(8_192);
    private final int[][] bucketsOfMunicipality = new int[MUNICIPALITIES][];
    private final int[] bucketCountOfMunicipality = new int[MUNICIPALITIES];
    private int[][] members = new int[1_024][];
    private int[] memberCount = new int[1_024];
    private short[] areaOfBucket = new short[1_024];
    private short[] reachOfBucket = new short[1_024];
    private int buckets;
    private int[] position = new int[0];

    void ensureSlots(int capacity) {
        if (position.length < capacity) {
            position = Arrays.copyOf(position, capacity);
        }
    }

    /** The band (index into the bands) of a reach in km. */
    static int band(int reachKm) {
        int i = 0;
        while (BANDS[i] < reachKm) {
            i++;
        }
        return i;
    }

    void add(int slot, int municipality, int area, int band) {
        int b = bucketFor(municipality, area, band);
        if (memberCount[b] == members[b].length) {
            members[b] = Arrays.copyOf(members[b], members[b].length * 2);
        }
        position[slot] = memberCount[b];
        members[b][memberCount[b]++] = slot;
    }

    void remove(int slot, int municipality, int area, int band) {
        int b = bucketOfKey.get(key(municipality, area, band));
        int at = position[slot];
        int last = members[b][--memberCount[b]];
        members[b][at] = last;
        position[last] = at;
    }

    int bucketCount(int municipality) {
        return bucketCountOfMunicipality[municipality];
    }

    int bucket(int municipality, int i) {
        return bucketsOfMunicipality[municipality][i];
    }

    int area(int bucket) {
        return areaOfBucket[bucket];
    }

    /** The largest reach in km of the bucket's members. */
    int reach(int bucket) {
        return reachOfBucket[bucket];
    }

    int size(int bucket) {
        return memberCount[bucket];
    }

    int[] members(int bucket) {
        return members[bucket];
    }

    long bytes() {
        long total = bucketOfKey.bytes() + position.length * 4L + memberCount.length * 4L + areaOfBucket.length * 4L
                + MUNICIPALITIES * 12L + members.length * 4L;
        for (int b = 0; b < buckets; b++) {
            total += 16 + members[b].length * 4L;
        }
        for (int[] list : bucketsOfMunicipality) {
            total += list == null ? 0 : 16 + list.length * 4L;
        }
        return total;
    }

    private int bucketFor(int municipality, int area, int band) {
        long key = key(municipality, area, band);
        int b = bucketOfKey.get(key);
        if (b >= 0) {
            return b;
        }
        b = buckets++;
        if (b == members.length) {
            members = Arrays.copyOf(members, b * 2);
            memberCount = Arrays.copyOf(memberCount, b * 2);
            areaOfBucket = Arrays.copyOf(areaOfBucket, b * 2);
            reachOfBucket = Arrays.copyOf(reachOfBucket, b * 2);
        }
        reachOfBucket[b] = (short) BANDS[band];
        members[b] = new int[16];
        areaOfBucket[b] = (short) area;
        bucketOfKey.put(key, b);
        int[] list = bucketsOfMunicipality[municipality];
        if (list == null) {
            list = bucketsOfMunicipality[municipality] = new int[8];
        } else if (bucketCountOfMunicipality[municipality] == list.length) {
            list = bucketsOfMunicipality[municipality] = Arrays.copyOf(list, list.length * 2);
        }
        list[bucketCountOfMunicipality[municipality]++] = b;
        return b;
    }

    private static long key(int municipality, int area, int band) {
        return ((long) band << 32) | ((long) municipality << 16) | area;
    }
}
