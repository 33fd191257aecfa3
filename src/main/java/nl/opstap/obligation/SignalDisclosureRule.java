package nl.opstap.obligation;

/**
 * Rule: which signals a job seeker receives in their own AVG download (right of access, AVG art. 15). An open
 * fraud signal is withheld while it is being investigated: telling the person would harm the investigation, and
 * AVG art. 23(1)(d) and (e) with UAVG art. 41 let the municipality restrict access for the prevention and detection
 * of (benefit) fraud, for as long as that need lasts. Once handled, the fraud signal is disclosed like any other.
 * Culpable conduct (verwijtbaar gedrag) is never investigated behind the person's back (they are heard before a
 * measure), so it is disclosed open or handled. The restriction is kept as narrow as the law allows.
 */
final class SignalDisclosureRule {

    private SignalDisclosureRule() {}

    static boolean disclosed(SignalKind kind, SignalStatus status) {
        return !(kind == SignalKind.FRAUDESIGNAAL && status == SignalStatus.OPEN);
    }
}
