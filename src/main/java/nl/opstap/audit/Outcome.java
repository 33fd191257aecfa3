package nl.opstap.audit;

public enum Outcome {
    SUCCESS,
    DENIED,
    FAILED
}
