#!/usr/bin/env python3
"""Python LexRank (the `lexrank` package) on Multi-News clusters under the benchmark protocol,
timed against storyline's Rust LexRank on the same clusters in the same run.

Protocol (as `storyline eval`): sentences by the dataset rule, idf over every document of the
loaded clusters, LexRank with the package's default threshold 0.03 (`--threshold none` for the
continuous variant, storyline's `lexrank-continuous`), sentences by descending score
(np.argsort(scores)[::-1], as the package's get_summary), stop at the first sentence that would
exceed the 232-word budget, ROUGE-1/2/Lsum F1 with rouge-score
(use_stemmer=True), one sentence a line.

Rerun from the repository root (after `cargo build --release -p storyline`):
    pip install lexrank==0.1.0 rouge-score==0.1.2
    python3 scripts/python_lexrank.py --data ../shared/data/multinews/val.jsonl.gz \
        --storyline target/release/storyline

Prints Python's ms/cluster (summarising only, one process) and ROUGE, then runs
`storyline eval --systems lexrank --jobs 1` (or lexrank-continuous) on the same clusters and
prints the speed ratio.
"""

import argparse
import gzip
import json
import re
import subprocess
import sys
import time

import numpy as np
from lexrank import STOPWORDS, LexRank

SENT_RE = re.compile(r"(?<=\.)\s+(?=[A-Z])|(?<=[?!])\s+(?=[A-Za-z])")


def sentences(text):
    return [s.strip() for s in SENT_RE.split(text) if s.strip()]


def budgeted(sents, budget, rule):
    out, words = [], 0
    for s in sents:
        n = len(s.split())
        if words + n > budget:
            if rule == "stop":
                break
            continue
        out.append(s)
        words += n
    return out


def load(path, limit):
    opener = gzip.open if open(path, "rb").read(2) == b"\x1f\x8b" else open
    out = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if limit is not None and len(out) >= limit:
                break
            rec = json.loads(line)
            docs = rec.get("documents")
            if docs is None:
                docs = [d.strip() for d in rec["document"].split("|||||") if d.strip()]
            out.append((docs, rec["summary"]))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data/multinews/val.jsonl.gz")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--budget", type=int, default=232)
    ap.add_argument("--budget-rule", choices=["stop", "skip"], default="stop")
    ap.add_argument("--idf", choices=["dataset", "cluster"], default="dataset")
    ap.add_argument("--order", choices=["stable", "argsort"], default="argsort",
                    help="tie order: 'argsort' = np.argsort(scores)[::-1] as lexrank.get_summary")
    ap.add_argument("--threshold", default="0.03", help="similarity threshold, or 'none'")
    ap.add_argument("--no-rouge", action="store_true")
    ap.add_argument("--storyline", help="path of the storyline binary to time in the same run")
    ap.add_argument("--summaries-out", help="write Python summaries as JSONL here")
    args = ap.parse_args()

    threshold = None if args.threshold == "none" else float(args.threshold)
    system = "lexrank-continuous" if threshold is None else "lexrank"
    clusters = load(args.data, args.limit)
    split = [[sentences(d) for d in docs] for docs, _ in clusters]
    t0 = time.perf_counter()
    lxr = None
    if args.idf == "dataset":
        lxr = LexRank([s for docs in split for s in docs], stopwords=STOPWORDS["en"])
    idf_s = time.perf_counter() - t0

    summaries = []
    t0 = time.perf_counter()
    for docs in split:
        sents = [s for d in docs for s in d]
        model = lxr
        if model is None:
            bags = [d for d in docs if d]
            try:
                model = LexRank(bags, stopwords=STOPWORDS["en"])
            except ValueError:
                model = None
        if not sents or model is None:
            summaries.append(budgeted(sents, args.budget, args.budget_rule))
            continue
        scores = model.rank_sentences(sents, threshold=threshold)
        if args.order == "argsort":
            order = np.argsort(scores)[::-1]
        else:
            order = sorted(range(len(sents)), key=lambda i: -scores[i])
        summaries.append(budgeted([sents[i] for i in order], args.budget, args.budget_rule))
    py_s = time.perf_counter() - t0
    n = len(clusters)
    py_ms = py_s * 1e3 / n
    print(f"python lexrank (threshold {args.threshold}): {n} clusters, {py_ms:.2f} ms/cluster (summarise only, 1 process), "
          f"idf {idf_s:.1f}s", flush=True)

    if args.summaries_out:
        with open(args.summaries_out, "w", encoding="utf-8") as f:
            for s in summaries:
                f.write(json.dumps(s) + "\n")

    if not args.no_rouge:
        from rouge_score import rouge_scorer
        scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
        tot = np.zeros(3)
        for (docs, summary), summ in zip(clusters, summaries):
            ref = "\n".join(sentences(summary))
            s = scorer.score(ref, "\n".join(summ))
            tot += [s["rouge1"].fmeasure, s["rouge2"].fmeasure, s["rougeLsum"].fmeasure]
        r1, r2, rl = tot * 100 / n
        print(f"python lexrank ROUGE: R1 {r1:.2f} R2 {r2:.2f} RLsum {rl:.2f}", flush=True)

    if args.storyline:
        cmd = [args.storyline, "eval", "--data", args.data, "--systems", system, "--jobs", "1",
               "--resamples", "0", "--out", "/dev/stdout"]
        if args.limit is not None:
            cmd += ["--limit", str(args.limit)]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        res = json.loads(out[out.index("\n{") + 1:])
        lex = res["systems"][0]
        rust_ms = lex["ms_per_cluster"]
        print(f"rust lexrank: {res['clusters']} clusters, {rust_ms:.3f} ms/cluster "
              f"(summarise only, 1 thread); R1 {lex['r1']['mean']:.2f} R2 {lex['r2']['mean']:.2f} "
              f"RLsum {lex['rlsum']['mean']:.2f}")
        print(f"speed ratio python/rust: {py_ms / rust_ms:.0f}x")


if __name__ == "__main__":
    sys.exit(main())
