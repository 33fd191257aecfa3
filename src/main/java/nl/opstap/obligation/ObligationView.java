package nl.opstap.obligation;

import java.util.List;

/** A client's obligations as one user may see them: signals and measures only when {@code signalsVisible}. */
record ObligationView(List<Records.Obligation> obligations, List<Records.Exemption> exemptions, List<Records.WorkBonus> bonuses,
                      boolean signalsVisible, List<Records.Signal> signals, List<Records.Measure> measures) {}
