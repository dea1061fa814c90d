#!/usr/bin/env python3
"""ROUGE speed and agreement: storyline's Rust ROUGE vs Google's rouge-score on the same
summaries, in one run.

1. Runs `storyline eval --jobs 1` on the dataset with the given systems and writes every
   cluster's summaries, references and Rust ROUGE scores (and the time of each Rust ROUGE call)
   to a per-cluster JSONL file.
2. Scores every (summary, reference) pair again with rouge-score (rouge1, rouge2, rougeL,
   rougeLsum, use_stemmer=True), timing each `score` call.
3. Prints the largest difference between the two (precision, recall, F1 of all four variants)
   and the speed ratio (sum of per-call times; both single-threaded, both including tokenising
   and stemming).

Rerun from the repository root (after `cargo build --release -p storyline`):
    pip install rouge-score==0.1.2 nltk
    python3 scripts/bench_rouge.py --storyline target/release/storyline \
        --data ../shared/data/multinews/val.jsonl.gz
"""

import argparse
import json
import os
import subprocess
import tempfile
import time

from rouge_score import rouge_scorer

TYPES = [("rouge1", "r1"), ("rouge2", "r2"), ("rougeL", "rl"), ("rougeLsum", "rlsum")]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--storyline", default="target/release/storyline")
    ap.add_argument("--data", default="../shared/data/multinews/val.jsonl.gz")
    ap.add_argument("--systems", default="lead,lexrank,oracle")
    ap.add_argument("--limit", type=int)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        per_cluster = os.path.join(tmp, "clusters.jsonl")
        cmd = [args.storyline, "eval", "--data", args.data, "--systems", args.systems,
               "--jobs", "1", "--resamples", "0", "--per-cluster", per_cluster]
        if args.limit is not None:
            cmd += ["--limit", str(args.limit)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        with open(per_cluster, encoding="utf-8") as f:
            rows = [json.loads(line) for line in f]

    scorer = rouge_scorer.RougeScorer([t for t, _ in TYPES], use_stemmer=True)
    py_s = 0.0
    rust_ms = 0.0
    pairs = 0
    max_diff = 0.0
    worst = None
    for row in rows:
        reference = row["reference"]
        for out in row["outputs"]:
            candidate = "\n".join(out["sentences"])
            t = time.perf_counter()
            s = scorer.score(reference, candidate)
            py_s += time.perf_counter() - t
            rust_ms += out["rouge_ms"]
            pairs += 1
            for py_name, rs_name in TYPES:
                rs = out["scores"][rs_name]
                for a, b in ((s[py_name].precision, rs["precision"]),
                             (s[py_name].recall, rs["recall"]),
                             (s[py_name].fmeasure, rs["f1"])):
                    if abs(a - b) > max_diff:
                        max_diff = abs(a - b)
                        worst = (row["id"], out["system"], py_name)
    py_ms = py_s * 1e3
    print(f"{pairs} (summary, reference) pairs from {len(rows)} clusters, systems {args.systems}")
    print(f"rouge-score: {py_ms / pairs:.3f} ms/pair ({py_s:.1f} s total, 1 process)")
    print(f"storyline  : {rust_ms / pairs:.4f} ms/pair ({rust_ms / 1e3:.2f} s total, 1 thread)")
    print(f"speed ratio: {py_ms / rust_ms:.0f}x")
    print(f"largest |difference| over P/R/F of rouge1/2/L/Lsum: {max_diff:.3g}"
          + (f" (at {worst})" if worst and max_diff > 0 else ""))


if __name__ == "__main__":
    main()
