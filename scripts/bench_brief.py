#!/usr/bin/env python3
"""Throughput of `storyline brief` on Multi-News val clusters, summary-only and full (timeline,
actors, quotes, contradictions), as a ratio against Python LexRank timed on the same clusters in the
same run (the machines are shared and noisy, so only the ratio is comparable across runs).

Rerun from the repository root:
    pip install lexrank==0.1.0 numpy
    cargo build --release -p storyline
    python3 scripts/bench_brief.py --data ../shared/data/multinews/val.jsonl.gz [--limit N]

Timings are one thread (`--jobs 1`) unless a row says both cores (`--jobs 2`; Python LexRank
stays one process, so that row's ratio is machine throughput, not per-core speed), summarising only (reading and JSON rendering excluded for
storyline: its `--timing` report separates them). Peak RSS is the storyline process's VmHWM.
"""

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
from python_lexrank import budgeted, sentences  # noqa: E402

TIMING = re.compile(
    r"timing: (\d+) stories, ([\d.]+) MB.*?brief ([\d.]+)s = ([\d.]+) stories/s, ([\d.]+) MB/s.*?peak RSS ([\d.]+) MB"
)


def storyline(binary, path, extra, jobs=1):
    cmd = [binary, "brief", "--format", "json", "--jobs", str(jobs), "--timing", *extra, path]
    p = subprocess.run(cmd, check=True, capture_output=True, text=True)
    m = TIMING.search(p.stderr)
    if not m:
        raise SystemExit(f"no timing line in: {p.stderr}")
    n, mb, secs, cps, mbps, rss = m.groups()
    return int(n), float(mb), float(secs), float(cps), float(mbps), float(rss)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data/multinews/val.jsonl.gz")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--storyline", default="target/release/storyline")
    args = ap.parse_args()

    lines = []
    with gzip.open(args.data, "rt", encoding="utf-8") as f:
        for line in f:
            if args.limit is not None and len(lines) >= args.limit:
                break
            lines.append(line)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as tmp:
        tmp.writelines(lines)
    clusters = [json.loads(l)["documents"] for l in lines]

    from lexrank import STOPWORDS, LexRank

    split = [[sentences(d) for d in docs] for docs in clusters]
    lxr = LexRank([s for docs in split for s in docs], stopwords=STOPWORDS["en"])
    t0 = time.perf_counter()
    for docs in split:
        sents = [s for d in docs for s in d]
        if sents:
            scores = lxr.rank_sentences(sents, threshold=0.03)
            order = sorted(range(len(sents)), key=lambda i: -scores[i])
            budgeted([sents[i] for i in order], 232, "stop")
    py_s = time.perf_counter() - t0
    n = len(clusters)
    py_cps = n / py_s

    rows = [("python lexrank (baseline)", n, py_s, py_cps, None, None)]
    runs = [
        ("storyline brief --summary-only", ["--summary-only"], 1),
        ("storyline brief (full)", [], 1),
        ("storyline brief --summary-only, both cores (--jobs 2)", ["--summary-only"], 2),
    ]
    for name, extra, jobs in runs:
        sn, mb, secs, cps, mbps, rss = storyline(args.storyline, tmp.name, extra, jobs)
        rows.append((name, sn, secs, cps, mbps, rss))
    os.unlink(tmp.name)

    print("| run | clusters | seconds | clusters/s | MB/s | peak RSS (MB) | × Python LexRank |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, cn, secs, cps, mbps, rss in rows:
        mbs = f"{mbps:.2f}" if mbps is not None else "–"
        rs = f"{rss:.0f}" if rss is not None else "–"
        print(f"| {name} | {cn} | {secs:.2f} | {cps:.1f} | {mbs} | {rs} | {cps / py_cps:.1f}× |")


if __name__ == "__main__":
    sys.exit(main())
