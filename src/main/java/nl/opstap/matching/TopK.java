package nl.opstap.matching;

/** The k best (score, slot) pairs seen so far, in a bounded min-heap: no full sort, no allocation per offer. */
final class TopK {

    private double[] scores = new double[0];
    private int[] slots = new int[0];
    private int size;
    private int k;

    void reset(int limit) {
        if (scores.length < limit) {
            scores = new double[limit];
            slots = new int[limit];
        }
        k = limit;
        size = 0;
    }

    /** The score a new pair must beat. */
    double threshold() {
        return size < k ? Double.NEGATIVE_INFINITY : scores[0];
    }

    void offer(double score, int slot) {
        if (size < k) {
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >> 1;
                if (scores[parent] <= score) {
                    break;
                }
                scores[i] = scores[parent];
                slots[i] = slots[parent];
                i = parent;
            }
            scores[i] = score;
            slots[i] = slot;
        } else if (score > scores[0]) {
            siftDown(score, slot);
        }
    }

    /** Slots, best first; empties the heap. */
    int[] drainBestFirst() {
        int[] out = new int[size];
        while (size > 0) {
            out[size - 1] = slots[0];
            int lastSlot = slots[size - 1];
            double last = scores[--size];
            if (size > 0) {
                siftDown(last, lastSlot);
            }
        }
        return out;
    }

    private void siftDown(double score, int slot) {
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && scores[child + 1] < scores[child]) {
                child++;
            }
            if (scores[child] >= score) {
                break;
            }
            scores[i] = scores[child];
            slots[i] = slots[child];
            i = child;
        }
        scores[i] = score;
        slots[i] = slot;
    }
}
