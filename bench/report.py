#!/usr/bin/python3
"""Prints the benchmark's table from the work folder bench/run.sh filled, and checks every figure of the jar's
summary.json and of the Python script's output against expected.json / expected-night.json. Exits 1 when a
figure is wrong or a program failed.

Usage: report.py <work folder>
"""
import datetime
import json
import os
import re
import subprocess
import sys
from decimal import Decimal

STEPS = [("discoverFiles", "scan"), ("checkWorkbooks", "check+stage"), ("consolidate", "reconcile+consolidate"),
         ("writeOutputs", "write")]


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def run_of(work, name):
    folder = os.path.join(work, "runs", name)
    start, end, rc = open(os.path.join(folder, "clock.txt")).read().split()
    usage = open(os.path.join(folder, "time.txt"), encoding="utf-8").read()
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", usage)
    cpu = sum(float(m) for m in re.findall(r"(?:User|System) time \(seconds\): ([0-9.]+)", usage))
    return {"name": name, "start_ms": int(start) / 1e6, "end_ms": int(end) / 1e6, "rc": int(rc),
            "seconds": (int(end) - int(start)) / 1e9, "rss_mb": int(rss.group(1)) / 1024 if rss else None,
            "cpu": cpu, "folder": folder}


def watch_runs(work):
    """The nights inside watch: each run's seconds from its job execution (the last two; those before warmed it up),
    CPU from what the process used meanwhile, the process's peak memory; none when the watch part did not run."""
    path = os.path.join(work, "runs", "watch-steps.json")
    if not os.path.exists(path):
        return {}
    executions = load(path)
    peak = open(os.path.join(work, "runs", "watch-peak-kb.txt")).read().strip()
    runs = {}
    for name, execution in zip(("watch-night", "watch-unchanged"), executions[-2:]):
        folder = os.path.join(work, "runs", name)
        done = execution["end"] is not None and execution["status"] == "COMPLETED"
        runs[name] = {"name": name, "start_ms": execution["start"], "end_ms": execution["end"] or execution["start"],
                      "rc": 0 if done else 1, "seconds": ((execution["end"] or execution["start"]) -
                                                         execution["start"]) / 1000,
                      "rss_mb": int(peak) / 1024 if peak else None,
                      "cpu": float(open(os.path.join(folder, "cpu.txt")).read()), "folder": folder,
                      "steps": execution}
    return runs


def figures_of_jar(summary):
    return {"files": summary["files"]["seen"], "expected": summary["units"]["expected"],
            "reported": summary["units"]["reported"], "sessions": summary["sessions"],
            "attendees": summary["attendees"], "rejected": summary["files"]["rejected"],
            "groups": [(g["key"], g["attended"], g["total"], rate(g["rate"])) for g in summary["groups"]]}


def figures_of_plan(expected):
    return {"files": expected["files"], "expected": expected["units"]["expected"],
            "reported": expected["units"]["reported"], "sessions": expected["sessions"],
            "attendees": expected["attendees"], "rejected": expected["rejected"],
            "groups": [(g["key"], g["attended"], g["total"], rate(g["rate"])) for g in expected["groups"]]}


def rate(value):
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.01"))


def compare(found, expected):
    """'OK', or 'FAIL' followed by every figure that differs."""
    wrong = [f"{k} {found.get(k)} != {v}" for k, v in expected.items() if found.get(k) != v]
    return "OK" if not wrong else "FAIL: " + "; ".join(str(w) for w in wrong)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    work = sys.argv[1]
    expected = figures_of_plan(load(os.path.join(work, "expected.json")))
    expected_night = figures_of_plan(load(os.path.join(work, "expected-night.json")))
    files = expected["files"]
    runs = {name: run_of(work, name) for name in ("inflate", "plain", "full", "script", "night", "unchanged")}
    runs.update(watch_runs(work))
    checks = {"inflate": "-"}
    for name, plan in (("plain", expected), ("full", expected), ("night", expected_night),
                       ("unchanged", expected_night), ("watch-night", expected_night),
                       ("watch-unchanged", expected_night)):
        if name not in runs:
            checks[name] = "FAIL: not run"
            continue
        summary = os.path.join(runs[name]["folder"], "summary.json")
        checks[name] = compare(figures_of_jar(load(summary)), plan) if os.path.exists(summary) \
            else "FAIL: no summary.json"
    try:
        checks["script"] = compare(figures_of_plan(load(os.path.join(runs["script"]["folder"], "stdout.txt"))),
                                   expected)
    except ValueError as e:
        checks["script"] = f"FAIL: {e}"
    for name, run in runs.items():
        if run["rc"] != 0:
            checks[name] = f"FAIL: exit code {run['rc']}"

    inflate, script, full = runs["inflate"]["seconds"], runs["script"]["seconds"], runs["full"]["seconds"]
    labels = {"inflate": "inflate every entry (floor)", "script": "Python script (openpyxl, 1 process)",
              "plain": "jar, first run, plain `java -jar`", "full": "jar, first run, as README runs it", "night": "jar, night with 1% changed", "unchanged": "jar, unchanged night",
              "watch-night": "`watch`, night with 1% changed", "watch-unchanged": "`watch`, unchanged night"}
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    print(f"tonghop benchmark, {datetime.date.today().isoformat()}: {files:,} files, {os.cpu_count()} cores, "
          f"{java[0] if java else 'java ?'}")
    for when in ("before", "after"):
        load_line = open(os.path.join(work, "runs", f"load-{when}.txt")).read().strip()
        print(f"  load {when}: {load_line.split('load average:')[-1].strip()}")
    print()
    print("| step | files | seconds | files/s | x inflate | script / step | CPU s | peak RSS | figures |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for name in [n for n in labels if n in runs]:
        s = runs[name]["seconds"]
        rss = runs[name]["rss_mb"]
        print(f"| {labels[name]} | {files:,} | {s:.1f} | {files / s:.0f} | {s / inflate:.1f} | "
              f"{script / s:.2f} | {runs[name]['cpu']:.1f} | {'' if rss is None else f'{rss:.0f} MB'} | {checks[name]} |")
    print()
    print(f"x inflate: seconds / the inflate's (target for the jar's first run: at most 8); script / step: the "
          f"script's seconds / the step's (target: at least 4); nights, in % of the first run as README runs it "
          f"(target: at most 10%): `run` 1% changed {percent(runs, 'night', full)}, unchanged "
          f"{percent(runs, 'unchanged', full)}; `watch` 1% changed {percent(runs, 'watch-night', full)}, unchanged "
          f"{percent(runs, 'watch-unchanged', full)}. The `watch` rows count the run alone, in a process that "
          f"stays up: the job's seconds from the job repository, the CPU the process used from the change to the "
          f"end of the run, the process's peak memory over its life.")
    print()
    print_steps(work, runs)
    print_growth(work, files, runs["full"])
    sys.exit(0 if all(c in ("OK", "-") for c in checks.values()) else 1)


def percent(runs, name, full):
    return f"{100 * runs[name]['seconds'] / full:.1f}%" if name in runs else "not run"


def print_growth(work, files, full):
    """Appends the first run to results.tsv beside the work folder and compares it with the other sizes there."""
    results = os.path.join(os.path.dirname(os.path.abspath(work)), "results.tsv")
    with open(results, "a", encoding="utf-8") as f:
        f.write(f"{datetime.datetime.now().isoformat(timespec='seconds')}\t{files}\t{full['seconds']:.1f}\t"
                f"{full['cpu']:.1f}\t{full['rss_mb'] or 0:.0f}\n")
    latest = {}
    for line in open(results, encoding="utf-8"):
        when, n, seconds, cpu, rss = line.split("\t")
        latest[int(n)] = (float(seconds), float(cpu), float(rss))
    for n in sorted(k for k in latest if k != files):
        seconds, cpu, rss = latest[n]
        print(f"\ngrowth {n:,} -> {files:,} files (x{files / n:.1f}): jar seconds x{full['seconds'] / seconds:.1f}, "
              f"CPU x{full['cpu'] / cpu:.1f}, peak RSS x{(full['rss_mb'] or 0) / rss:.2f} (from {results})")


def print_steps(work, runs):
    """Where the jar's time goes: start-up (JVM, Spring, database) up to the job, each step, then the exit."""
    path = os.path.join(work, "runs", "steps.json")
    if not os.path.exists(path):
        print("(no step times: the job repository could not be read)")
        return
    executions = load(path)
    names = ("full", "night", "unchanged")
    watched = [name for name in ("watch-night", "watch-unchanged") if name in runs]
    print("| jar seconds | " + " | ".join(names + tuple(watched)) + " |")
    print("|---|" + "---:|" * (len(names) + len(watched)))
    rows = {"start-up": [], **{label: [] for _, label in STEPS}, "exit": [], "total": []}
    for name, execution in list(zip(names, executions)) + [(name, runs[name]["steps"]) for name in watched]:
        run = runs[name]
        resident = name in watched
        rows["start-up"].append(None if resident else (execution["start"] - run["start_ms"]) / 1000)
        steps = {step["name"]: step for step in execution["steps"]}
        for step, label in STEPS:
            rows[label].append((steps[step]["end"] - steps[step]["start"]) / 1000 if step in steps else None)
        rows["exit"].append(None if resident else (run["end_ms"] - (execution["end"] or run["end_ms"])) / 1000)
        rows["total"].append(run["seconds"])
    for label, values in rows.items():
        print(f"| {label} | " + " | ".join("-" if v is None else f"{v:.1f}" for v in values) + " |")


if __name__ == "__main__":
    main()
