package nl.opstap.matching;

import java.util.Arrays;

/** Open-addressing map from a long key (never {@link Long#MIN_VALUE}) to an int, without boxing. */
final class LongIntMap {

    private static final long EMPTY = Long.MIN_VALUE;
    private static final long TOMBSTONE = Long.MIN_VALUE + 1;

    private long[] keys;
    private int[] values;
    private int size;
    private int used;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(keys, EMPTY);
    }

    int get(long key) {
        int mask = keys.length - 1;
        for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == EMPTY) {
                return -1;
            }
        }
    }

    void put(long key, int value) {
        if (key == EMPTY || key == TOMBSTONE) {
            throw new IllegalArgumentException("reserved key");
        }
        if ((used + 1) * 2 > keys.length) {
            rehash(size * 2 + 2 > keys.length / 2 ? keys.length * 2 : keys.length);
        }
        int mask = keys.length - 1;
        int free = -1;
        for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                values[i] = value;
                return;
            }
            if (k == TOMBSTONE && free < 0) {
                free = i;
            }
            if (k == EMPTY) {
                int at = free >= 0 ? free : i;
                if (free < 0) {
                    used++;
                }
                keys[at] = key;
                values[at] = value;
                size++;
                return;
            }
        }
    }

    void remove(long key) {
        int mask = keys.length - 1;
        for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                keys[i] = TOMBSTONE;
                size--;
                return;
            }
            if (k == EMPTY) {
                return;
            }
        }
    }

    int size() {
        return size;
    }

    long bytes() {
        return keys.length * 8L + values.length * 4L;
    }

    private void rehash(int capacity) {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(keys, EMPTY);
        size = 0;
        used = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY && oldKeys[i] != TOMBSTONE) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
