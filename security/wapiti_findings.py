#!/usr/bin/python3
"""Lists what wapiti reported for each role (vulnerabilities and anomalies such as HTTP 500) and checks that every
role's session survived the attacks: a scan that lost its session attacked the sign-in page only.
Usage: wapiti_findings.py OUT_DIR BASE_URL ROLE...
"""
import json
import sys

import requests

OUT, BASE, ROLES = sys.argv[1], sys.argv[2], sys.argv[3:]
# Reported, checked and explained, so listed but not counted:
EXPLAINED = {
    "X-XSS-Protection is not set": "obsolete header (removed from browsers; OWASP advises against it); the CSP without "
                                   "'unsafe-inline' is the protection",
    "Strict-Transport-Security is not set": "Spring Security sends HSTS over HTTPS only; the scan runs over plain http",
    "Secure flag is not set in the cookie : OPSTAP_SESSIE": "the scan's own cookie file (the session cookie is Secure, "
                                                            "HttpOnly, SameSite=Lax as Opstap sets it; see CsrfIT/SignInIT)",
}


def main():
    sessions = json.load(open(f"{OUT}/sessions.json"))
    findings = []
    for role in ROLES:
        try:
            report = json.load(open(f"{OUT}/wapiti-{role}.json"))
        except (OSError, ValueError):
            findings.append(f"{role}: no wapiti report (see wapiti-{role}.log)")
            continue
        crawled = report.get("infos", {}).get("crawled_pages_nbr", "?")
        for section in ("vulnerabilities", "anomalies"):
            for category, items in report.get(section, {}).items():
                for item in items:
                    if item.get("info", "") in EXPLAINED:
                        print(f"  explained ({role}): {item['info']}: {EXPLAINED[item['info']]}")
                        continue
                    findings.append(f"{role}: {category}: {item.get('method')} {item.get('path')} "
                                    f"{item.get('parameter') or ''} {item.get('info', '')[:200]}")
        alive = requests.get(BASE + "/", headers={"Cookie": f"OPSTAP_SESSIE={sessions[role]['cookie']}"},
                             allow_redirects=False, timeout=30).status_code == 200
        print(f"wapiti as {role}: {crawled} pages crawled, session {'kept' if alive else 'LOST'}")
        if not alive:
            findings.append(f"{role}: the session was lost during the scan")
    for finding in findings:
        print("  " + finding)
    with open(f"{OUT}/wapiti-findings.txt", "w") as out:
        out.write("\n".join(findings) + ("\n" if findings else ""))
    print(f"wapiti: {len(ROLES)} roles, {len(findings)} findings")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
