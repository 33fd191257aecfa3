package nl.opstap.taxonomy;

import java.util.List;

/** The uploaded ESCO set was not valid; nothing was stored. */
class EscoImportRefused extends RuntimeException {

    static final int SHOWN = 200;

    private final List<EscoProblem> problems;

    EscoImportRefused(List<EscoProblem> problems) {
        super("ESCO import refused: " + problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    /** The problems, at most {@link #SHOWN} (a wrong file can give thousands). */
    List<EscoProblem> problems() {
        return problems.size() > SHOWN ? problems.subList(0, SHOWN) : problems;
    }

    int total() {
        return problems.size();
    }
}
