#!/usr/bin/python3
"""Runs sqlmap on every target of targets.jsonl, WORKERS at a time, and lists what it found.

A finding is an injection point sqlmap confirms ("sqlmap identified the following injection point"), a heuristic
hint ("might be injectable") the full tests did not refute, or any HTTP 500 answer: Opstap never answers 500.
Usage: run_sqlmap.py OUT_DIR quick|full
"""
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import time

OUT, MODE = sys.argv[1], sys.argv[2]
WORKERS = int(os.environ.get("SQLMAP_WORKERS", "4"))
IGNORED = "400,401,403,404,405,409,412,413,415,422"
COMMON = ["--batch", "--disable-coloring", "--dbms=PostgreSQL", "--risk=1", "--ignore-code=" + IGNORED,
          "--skip=_csrf", "--timeout=30", "--retries=1", "--flush-session", "--skip-waf",
          "--keep-alive", "--technique=" + ("BEU" if MODE == "quick" else "BEUST"), "--time-sec=2",
          # Every page carries the CSRF token masked anew (BREACH protection), so no two answers are equal; compared on
          # their text, without markup, the answers are stable and boolean-based tests do not see noise as a difference.
          "--text-only"]
if MODE == "quick":
    COMMON.append("--smart")  # the full payload sets only where a heuristic test reacts


def args(target, index):
    command = ["sqlmap", "-u", target["url"], "--output-dir", f"{OUT}/sqlmap/{index}", "--level", "1"] + COMMON
    if target["method"] != "GET":
        command += ["--method", target["method"]]
    if target.get("data"):
        command += ["--data", target["data"]]
    if target.get("json"):
        command += ["--data", target["json"], "-H", "Content-Type: application/json"]
    for name, value in target.get("headers", {}).items():
        command += ["-H", f"{name}: {value}"]
    return command


def run(indexed):
    index, target = indexed
    data = target.get("data") or ""
    if not target.get("json") and "?" not in target["url"] and all(p.startswith("_csrf=") for p in data.split("&")):
        return target["name"], "skipped (no parameter)", []
    answer = subprocess.run(args(target, index), capture_output=True, text=True, timeout=1800)
    output = answer.stdout + answer.stderr
    with open(f"{OUT}/sqlmap/{index}.log", "w") as log:
        log.write(target["name"] + "\n" + " ".join(args(target, index)) + "\n" + output)
    problems = []
    if "identified the following injection point" in output:
        problems.append("INJECTION: " + "; ".join(re.findall(r"Parameter: (.+)", output)))
    # sqlmap's basic heuristic also reacts to a typed parameter answering 400 to quotes; it counts only when the
    # full tests on that parameter did not end in "does not seem to be injectable"
    for hint in sorted(set(re.findall(r"parameter '([^']+)' might be injectable", output))):
        if f"parameter '{hint}' does not seem to be injectable" not in output:
            problems.append("heuristic: " + hint)
    if re.search(r"\(500\) Internal Server Error|500 \(Internal Server Error\)", output):
        problems.append("HTTP 500 answers")
    if target.get("user") and re.search(r"redirect to '[^']*/inloggen", output):
        problems.append("not signed in (redirected to the sign-in page)")
    tested = len(set(re.findall(r"testing for SQL injection on (.+? parameter '[^']+')", output)))
    return target["name"], f"{tested} parameters tested", problems


def main():
    targets = [json.loads(line) for line in open(f"{OUT}/targets.jsonl")]
    os.makedirs(f"{OUT}/sqlmap", exist_ok=True)
    started, findings, tested = time.time(), [], 0
    with concurrent.futures.ThreadPoolExecutor(WORKERS) as pool:
        for name, summary, problems in pool.map(run, enumerate(targets)):
            tested += int(summary.split()[0]) if summary[0].isdigit() else 0
            print(f"sqlmap {name}: {summary}{' — ' + ', '.join(problems) if problems else ''}", flush=True)
            findings += [f"{name}: {problem}" for problem in problems]
    with open(f"{OUT}/sqlmap-findings.txt", "w") as out:
        out.write("\n".join(findings) + ("\n" if findings else ""))
    print(f"sqlmap: {len(targets)} requests, {tested} parameters, {len(findings)} findings, "
          f"{time.time() - started:.0f} s")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
