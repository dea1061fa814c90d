#!/usr/bin/env python3
"""Writes the English stop-word list of the Python `lexrank` package (0.1.0,
lexrank/assets/stopwords.json.gz) to crates/storyline-eval/src/systems/stopwords_en.txt, one word a
line, sorted. The Rust LexRank and TextRank baselines use it so they filter what the Python
baselines filtered.

Rerun from the repository root:
    pip install lexrank==0.1.0
    python3 scripts/export_lexrank_stopwords.py
"""
from lexrank import STOPWORDS

with open("crates/storyline-eval/src/systems/stopwords_en.txt", "w", encoding="utf-8") as f:
    for w in sorted(STOPWORDS["en"]):
        f.write(w + "\n")
