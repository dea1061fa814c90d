#!/usr/bin/env python3
"""Writes the ROUGE and stemmer fixtures the Rust tests compare against.

Outputs (both committed; the tests never read ../shared):
  testdata/rouge/pairs.json        (candidate, reference) pairs with rouge-score's P/R/F for
                                   rouge1, rouge2, rougeL, rougeLsum
  testdata/rouge/nltk_porter.json  word -> nltk PorterStemmer().stem(word)

Pairs: for the first clusters of Multi-News val, a lead output and a seeded random output
(whole sentences, 232-word budget, one sentence a line) against the reference (split into one
sentence a line with the dataset rule), texts truncated to keep the file small; plus crafted
edge cases (empty texts, punctuation only, unicode, numbers, -ing/-ies/short words, stem=False).

Rerun (from the repository root):
    pip install rouge-score==0.1.2 nltk
    python3 scripts/make_rouge_fixture.py --data ../shared/data/multinews/val.jsonl.gz
"""

import argparse
import gzip
import json
import random
import re
from importlib.metadata import version

from nltk.stem import porter
from rouge_score import rouge_scorer, tokenize

TYPES = ["rouge1", "rouge2", "rougeL", "rougeLsum"]
# The Multi-News sentence rule (README): ". " before an upper-case letter, "?"/"!" before a letter.
SENT_RE = re.compile(r"(?<=\.)\s+(?=[A-Z])|(?<=[?!])\s+(?=[A-Za-z])")
BUDGET = 232


def sentences(text):
    return [s.strip() for s in SENT_RE.split(text) if s.strip()]


def budgeted(sents):
    out, words = [], 0
    for s in sents:
        n = len(s.split())
        if words + n > BUDGET:
            break
        out.append(s)
        words += n
    return out


def lead(docs):
    per_doc = [sentences(d) for d in docs]
    order = []
    depth = 0
    while any(depth < len(p) for p in per_doc):
        order.extend(p[depth] for p in per_doc if depth < len(p))
        depth += 1
    return budgeted(order)


def truncate_lines(lines, max_chars):
    out, n = [], 0
    for line in lines:
        if n + len(line) > max_chars:
            break
        out.append(line)
        n += len(line) + 1
    return out or lines[:1]


EDGE_CASES = [
    ("empty_both", "", ""),
    ("empty_candidate", "", "The cat sat on the mat."),
    ("empty_reference", "The cat sat on the mat.", ""),
    ("punctuation_only", "!!! ... ???", "--- ,,, ;;;"),
    ("identical", "The cat sat on the mat.", "The cat sat on the mat."),
    ("ing_ies_short", "Running dogs were dying; skies cried, ties lied, flies spied.",
     "The dog runs and dies under the sky; the fly spies and tries."),
    ("short_words_not_stemmed", "was has its bus gas yes ties",
     "wa ha it bu ga ye tie"),
    ("numbers", "In 2015, 3.5 million people (35%) paid $6,000 on 9/11/2001.",
     "3 5 million people paid 6 000 dollars in 2015 and 2001."),
    ("unicode", "Café naïve façade — Zürich’s Straße; İstanbul KELVIN \u212a and Ωmega 東京.",
     "cafe naive facade zurich s strasse istanbul kelvin k omega"),
    ("unicode_digits", "Arabic ٣ and full-width ３ digits vanish; 3 stays.", "3 stays and digits vanish"),
    ("newlines_lsum", "First sentence here.\nSecond one is there.\n\n\nThird at last.",
     "Second one is here.\nFirst sentence there.\nAnd a third."),
    ("blank_lines_only", "\n\n \n", "Something.\n"),
    ("repeated_tokens", "the the the the cat cat", "the cat the cat the dog"),
    ("lcs_ties", "a b c d e f\nf e d c b a\nc a b", "a c e\nb d f\nf d b a"),
    ("long_words", "internationalization generously relational conditional hopefulness "
     "formalize electrical adjustment adoption homologous effective bowdlerize",
     "international generous relate condition hopeful formal electric adjust adopt"),
    ("y_runs", "yyyyyy sayyyy ayyy boyyy", "yyy say ay boy"),
    ("tabs_and_crlf", "Tab\tseparated\r\nwindows lines\r\nhere", "tab separated windows lines here"),
    ("apostrophes", "Don't can't won't it's o'clock rock'n'roll", "do not can not will not it is"),
    ("mixed_case", "NASA Launches ROCKETS Quickly", "nasa launch rocket quick"),
    ("hyphens", "well-known state-of-the-art e-mail", "well known state of the art email"),
]

STEM_EDGE = [
    "running", "runs", "ran", "ponies", "ties", "dies", "lies", "skies", "sky", "flies", "spied",
    "died", "tied", "cried", "agreed", "feed", "bleed", "proceed", "exceed", "succeed", "news",
    "innings", "outing", "cannings", "howe", "dying", "lying", "tying", "hopping", "falling",
    "hissing", "fizzed", "failing", "filing", "happy", "enjoy", "say", "boy", "syzygy", "yyyy",
    "y", "yy", "ay", "by", "relational", "conditional", "rational", "valenci", "hesitanci",
    "digitizer", "conformabli", "radicalli", "differentli", "vileli", "analogousli",
    "vietnamization", "predication", "operator", "feudalism", "decisiveness", "hopefulness",
    "callousness", "formaliti", "sensitiviti", "sensibiliti", "triplicate", "formative",
    "formalize", "electriciti", "electrical", "hopeful", "goodness", "revival", "allowance",
    "inference", "airliner", "gyroscopic", "adjustable", "defensible", "irritant", "replacement",
    "adjustment", "dependent", "adoption", "homologou", "communism", "activate", "angulariti",
    "homologous", "effective", "bowdlerize", "probate", "rate", "cease", "controll", "roll",
    "generously", "generalli", "fulli", "hopefulli", "analogi", "geology", "biology",
    "a", "an", "is", "as", "us", "ab", "abc", "at", "it", "ed", "ing", "ies", "sss", "ss",
    "2015", "1990s", "3rd", "covid19", "mp3", "a1b2", "x86", "000", "12345678",
    "Running", "SKIES", "Dying", "NEWS", "ÉCOLE", "café", "naïve", "straße", "zürich",
    "İstanbul", "ωmega", "東京", "caféing", "naïveties", "übersized", "résumés",
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data/multinews/val.jsonl.gz")
    ap.add_argument("--clusters", type=int, default=160)
    ap.add_argument("--vocab-clusters", type=int, default=400)
    ap.add_argument("--out", default="testdata/rouge")
    args = ap.parse_args()

    scorers = {
        True: rouge_scorer.RougeScorer(TYPES, use_stemmer=True),
        False: rouge_scorer.RougeScorer(TYPES, use_stemmer=False),
    }
    rng = random.Random(0)
    pairs = []

    def add(name, cand, ref, stem=True):
        s = scorers[stem].score(ref, cand)  # rouge-score takes (target, prediction)
        pairs.append({
            "name": name, "stem": stem, "candidate": cand, "reference": ref,
            **{t: [s[t].precision, s[t].recall, s[t].fmeasure] for t in TYPES},
        })

    vocab = set()
    with gzip.open(args.data, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= max(args.clusters, args.vocab_clusters):
                break
            rec = json.loads(line)
            docs, summary = rec["documents"], rec["summary"]
            if i < args.vocab_clusters:
                for text in docs + [summary]:
                    vocab.update(t for t in tokenize.tokenize(text, None) if len(t) > 3)
            if i >= args.clusters:
                continue
            ref = "\n".join(truncate_lines(sentences(summary), 1400))
            cand_lead = "\n".join(truncate_lines(lead(docs), 1400))
            add(f"{rec['id']}/lead", cand_lead, ref)
            allsents = [s for d in docs for s in sentences(d)]
            rng.shuffle(allsents)
            cand_rand = "\n".join(truncate_lines(budgeted(allsents), 1400))
            add(f"{rec['id']}/random", cand_rand, ref)
            if i % 8 == 0:
                add(f"{rec['id']}/lead-nostem", cand_lead, ref, stem=False)
    for name, cand, ref in EDGE_CASES:
        add(f"edge/{name}", cand, ref)
        add(f"edge/{name}/nostem", cand, ref, stem=False)
        add(f"edge/{name}/swapped", ref, cand)

    meta = {
        "generator": "scripts/make_rouge_fixture.py",
        "rouge_score": version("rouge-score"),
        "nltk": version("nltk"),
    }
    with open(f"{args.out}/pairs.json", "w", encoding="utf-8") as f:
        json.dump({**meta, "pairs": pairs}, f, ensure_ascii=False, indent=0)
        f.write("\n")

    stemmer = porter.PorterStemmer()
    words = sorted(vocab) + STEM_EDGE
    stems = {w: stemmer.stem(w) for w in words}
    with open(f"{args.out}/nltk_porter.json", "w", encoding="utf-8") as f:
        json.dump({**meta, "stems": stems}, f, ensure_ascii=False, indent=0, sort_keys=True)
        f.write("\n")
    print(f"{len(pairs)} pairs, {len(stems)} stems")


if __name__ == "__main__":
    main()
