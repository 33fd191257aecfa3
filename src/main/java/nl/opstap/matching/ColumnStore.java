package nl.opstap.matching;

import java.util.Arrays;

/**
 * Slots of a columnar store: the external id of each slot, its municipality and PC4 area, a primitive map from id
 * to slot, reuse of freed slots and the spatial buckets (with the slot's reach band). Subclasses add their columns, one array per field.
 */
abstract class ColumnStore {

    final Postcodes postcodes;
    final SpatialBuckets buckets = new SpatialBuckets();
    long[] ids;
    short[] municipality;
    short[] area;
    byte[] band;
    private final LongIntMap slotOfId;
    private int[] free = new int[16];
    private int freeCount;
    private int high;

    ColumnStore(Postcodes postcodes, int expected) {
        this.postcodes = postcodes;
        int capacity = Math.max(16, expected);
        slotOfId = new LongIntMap(capacity);
        ids = new long[capacity];
        municipality = new short[capacity];
        area = new short[capacity];
        band = new byte[capacity];
        buckets.ensureSlots(capacity);
    }

    abstract void growColumns(int capacity);

    abstract long columnBytes();

    /** The slot of this id, emptied from its bucket; a new slot when the id is new. */
    final int claim(long id, int newMunicipality, int newArea, int reachKm) {
        check(newMunicipality >= 1 && newMunicipality < SpatialBuckets.MUNICIPALITIES, "Gemeentecode " + newMunicipality + " is ongeldig.");
        int slot = slotOfId.get(id);
        if (slot >= 0) {
            buckets.remove(slot, municipality[slot], area[slot], band[slot]);
        } else {
            slot = freeCount > 0 ? free[--freeCount] : high++;
            if (slot == ids.length) {
                int capacity = ids.length + (ids.length >> 1);
                ids = Arrays.copyOf(ids, capacity);
                municipality = Arrays.copyOf(municipality, capacity);
                area = Arrays.copyOf(area, capacity);
                band = Arrays.copyOf(band, capacity);
                buckets.ensureSlots(capacity);
                growColumns(capacity);
            }
            ids[slot] = id;
            slotOfId.put(id, slot);
        }
        municipality[slot] = (short) newMunicipality;
        area[slot] = (short) newArea;
        band[slot] = (byte) SpatialBuckets.band(reachKm);
        buckets.add(slot, newMunicipality, newArea, band[slot]);
        return slot;
    }

    final boolean remove(long id) {
        int slot = slotOfId.get(id);
        if (slot < 0) {
            return false;
        }
        buckets.remove(slot, municipality[slot], area[slot], band[slot]);
        slotOfId.remove(id);
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, free.length * 2);
        }
        free[freeCount++] = slot;
        return true;
    }

    final int slotOf(long id) {
        return slotOfId.get(id);
    }

    final int size() {
        return slotOfId.size();
    }

    /** Bytes of every array this store allocated (capacity, not only the used part). */
    final long bytes() {
        return ids.length * 13L + slotOfId.bytes() + buckets.bytes() + free.length * 4L + columnBytes();
    }

    static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Sorted copy of interned ids as shorts, padded with -1 up to {@code width}. */
    static void putIds(short[] column, int slot, int width, int[] values, String what) {
        check(values.length <= width, "Te veel " + what + " (hoogstens " + width + ").");
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < width; i++) {
            int v = i < sorted.length ? sorted[i] : -1;
            check(v >= -1 && v <= Short.MAX_VALUE, "Onbekende " + what + ": " + v + ".");
            column[slot * width + i] = (short) v;
        }
    }

    static boolean contains(short[] column, int slot, int width, int value) {
        for (int i = slot * width, end = i + width; i < end && column[i] >= 0; i++) {
            if (column[i] == value) {
                return true;
            }
        }
        return false;
    }
}
