package nl.opstap.taxonomy;

import java.util.List;

/** The rows read from one uploaded ESCO CSV file and the problems found in it. */
record EscoFile<T>(List<T> rows, List<EscoProblem> problems) {

    boolean valid() {
        return problems.isEmpty();
    }
}
