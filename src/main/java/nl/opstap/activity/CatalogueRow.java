package nl.opstap.activity;

import org.jspecify.annotations.Nullable;

/** An activity with the places taken today and those still free (null: unlimited). */
record CatalogueRow(Activity activity, int current, @Nullable Integer free) {

    public boolean isFull() {
        return free != null && free == 0;
    }
}
