#!/usr/bin/env python3
"""A Python replica of storyline's summary selection, for emulating scorer and selection changes.

Reads `dump_examples --selection` output and, for each cluster, selects from any per-candidate
scores exactly as `crates/storyline-core/src/select.rs` does with the engine's defaults (maximal
marginal relevance with diversity 0.6 over the dumped tf·idf cosines, redundancy cap 0.5, the
dangling-pronoun rule, the 232-word budget counted as selection counts words and the skip rule),
puts the choice in reading order, cuts it with the protocol's stop rule (whitespace words), and
scores it with Google's `rouge-score` (stemming; ROUGE-Lsum on one sentence a line). Candidates
selection may never take (fragments, date lines, page labels, cut-off text, outside 4–150 words)
are marked `ok: false` in the dump.

Calibration (twenty-second round, commit after 79c3714): with the default model's scores (`m`)
on the first 2,000 val clusters it gives 46.133 / 16.610 / 40.791, the real
`storyline eval --systems storyline --limit 2000` is 46.13 / 16.61 / 40.79. Differences against
that baseline are what to report (with the standard error of the per-cluster difference).

Rerun from the repository root:
    pip install rouge-score nltk numpy
    cargo build --release -p storyline-eval --example dump_examples
    target/release/examples/dump_examples /tmp/v2000.jsonl /tmp/val_dump.jsonl 0 2000 --selection
    python3 scripts/select_replica.py /tmp/val_dump.jsonl

Import it to score other scores: `evaluate(clusters, lambda k, cl: my_scores[k])`.
"""

import json
import math
import sys

import numpy as np
from rouge_score import rouge_scorer

SCORER = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
BUDGET = 232


class Cluster:
    """One dumped cluster: candidate texts, the default scores and what selection needs."""

    def __init__(self, o):
        c = o["c"]
        self.reflines = o["reflines"]
        self.texts = [x["t"] for x in c]
        self.m = np.array([x["m"] for x in c], dtype=np.float32)
        self.doc = [x["d"] for x in c]
        self.sent = [x["s"] for x in c]
        self.ok = [x["ok"] for x in c]
        self.words = [x["w"] for x in c]
        self.pronoun = [x["pro"] for x in c]
        self.members = [set(map(tuple, x["mem"])) for x in c]
        self.key = [tuple(x["key"]) for x in c]
        self.cos = np.array([x["cos"] for x in c], dtype=np.float32).reshape(len(c), len(c))


def load(path, limit=None):
    """The clusters of a `dump_examples --selection` file."""
    out = []
    with open(path) as fh:
        fh.readline()  # the header (feature names)
        for k, line in enumerate(fh):
            if limit is not None and k >= limit:
                break
            out.append(Cluster(json.loads(line)))
    return out


def select(cl, scores, diversity=0.6, redundancy=0.5, budget=BUDGET):
    """`select::select_among` with the engine's defaults: chosen indices in reading order."""
    scores = np.asarray(scores, dtype=np.float32)
    n = len(cl.texts)
    open_ = [i for i in range(n) if cl.ok[i] and scores[i] > 0.0]
    closest = np.zeros(n, dtype=np.float32)
    div = np.float32(diversity)
    used, chosen = 0, []
    while open_:
        # Best gain in f32; ties go to the lower index, as in Rust.
        best, best_gain = None, None
        for i in open_:
            gain = np.float32(scores[i] - div * closest[i])
            if best is None or gain > best_gain or (gain == best_gain and i < best):
                best, best_gain = i, gain
        i = best
        open_.remove(i)
        if used + cl.words[i] > budget:
            continue  # the engine's overflow rule is skip
        if closest[i] > redundancy:
            continue
        if cl.pronoun[i]:
            d, s = cl.doc[i], cl.sent[i]
            if s == 0 or not any((d, s - 1) in cl.members[j] for j in chosen):
                continue
        used += cl.words[i]
        chosen.append(i)
        for j in open_:
            closest[j] = max(closest[j], cl.cos[i, j])
    chosen.sort(key=lambda k: cl.key[k])
    return chosen


def rouge(cl, chosen):
    """ROUGE-1/2/Lsum F1 ×100 of the chosen sentences under the protocol's stop rule."""
    lines, words = [], 0
    for k in chosen:
        t = cl.texts[k].replace("\n", " ")
        n = len(t.split())
        if words + n > BUDGET:
            break
        words += n
        lines.append(t)
    s = SCORER.score(cl.reflines, "\n".join(lines))
    return tuple(100 * s[k].fmeasure for k in ("rouge1", "rouge2", "rougeLsum"))


def evaluate(clusters, score_fn, **kw):
    """Per-cluster ROUGE (an `n × 3` array) of the selection from `score_fn(k, cluster)`."""
    return np.array([rouge(cl, select(cl, score_fn(k, cl), **kw)) for k, cl in enumerate(clusters)])


def delta(base, other):
    """Mean and standard error of the per-cluster difference `other − base`, per metric."""
    d = other - base
    return [(d[:, j].mean(), d[:, j].std(ddof=1) / math.sqrt(len(d))) for j in range(3)]


def main():
    clusters = load(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else None)
    res = evaluate(clusters, lambda k, cl: cl.m)
    print("default scores: R1 %.3f / R2 %.3f / RLsum %.3f on %d clusters" % (*res.mean(0), len(res)))


if __name__ == "__main__":
    main()
