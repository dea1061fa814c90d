#!/usr/bin/env python3
"""Regenerates the word lists that actor detection uses (run from the repository root):

    pip install pycountry wordfreq
    python3 crates/storyline-core/src/actors/data/gen_lexicon.py /path/to/shared/data/tempeval3

Outputs, next to this script:
- countries.tsv: `ISO-3166 alpha-2 <TAB> name` lines, the English short, common and official names of
  ISO 3166-1 from pycountry (LGPL-2.1, data from Debian's iso-codes), with "X, Republic of" inversions
  turned around. Hand-added common short names (Russia, Britain, ...) come from SUPPLEMENT below.
- common_words.txt: English words that news text writes in lower case, used to tell a sentence-initial
  capital ("Photographs of ...") from a name. A word is listed when the case-sensitive TempEval-3
  TBAQ-cleaned news text (TimeBank + AQUAINT, SemEval-2013) shows it lower-case at least twice and
  capitalised mid-sentence at most a quarter as often; or when it is among wordfreq's (Speer et al.,
  wordfreq 3.1, data CC BY-SA 4.0) 3,000 most frequent English words, the news text has it in no case at
  all, and it is not in NAMES_IN_TOP (wordfreq folds case, so names hide among its words). Country names and demonyms are never listed.
"""
import collections
import glob
import os
import re
import sys

import pycountry
from wordfreq import top_n_list

# Names wordfreq ranks among its 3,000 most frequent English words (it folds case): never "common".
NAMES_IN_TOP = {"obama", "trump", "clinton", "hillary", "bush", "biden", "john", "james", "david",
                "michael", "paul", "mark", "chris", "george", "jesus", "christ", "god", "christmas",
                "facebook", "google", "twitter", "apple", "microsoft", "amazon", "youtube", "instagram",
                "netflix", "iphone", "android", "windows", "xbox", "nfl", "nba", "espn", "cnn", "bbc"}

HERE = os.path.dirname(os.path.abspath(__file__))

# Common English short names that ISO 3166 spells otherwise (Russian Federation, Viet Nam, ...).
SUPPLEMENT = {
    "RU": ["Russia"], "GB": ["Britain", "Great Britain", "UK", "U.K."],
    "US": ["USA", "U.S.", "U.S.A.", "US", "America"], "CZ": ["Czech Republic"],
    "KR": ["Korea"], "CD": ["Democratic Republic of Congo", "DR Congo", "DRC"],
    "PS": ["Palestine"], "VA": ["Vatican"], "MM": ["Burma"], "CI": ["Ivory Coast"],
    "TR": ["Turkey"], "MK": ["Macedonia"], "SZ": ["Swaziland"], "CV": ["Cape Verde"],
    "TL": ["East Timor"], "AE": ["UAE"], "NL": ["Holland"],
    # Former countries (ISO 3166-3) that news still writes about: history is background to most
    # stories (the Cold War, NATO enlargement, the Balkan wars).
    "SU": ["Soviet Union", "USSR", "U.S.S.R."], "CS": ["Czechoslovakia"], "YU": ["Yugoslavia"],
    "DD": ["East Germany"],
}


def uninvert(name):
    # "Korea, Republic of" -> "Republic of Korea"; "Congo, The Democratic Republic of the" -> ...
    if ", " in name:
        head, tail = name.split(", ", 1)
        tail = tail[0].upper() + tail[1:]
        if tail.endswith(" of") or tail.endswith(" of the"):
            return f"{tail} {head}"
        return None
    return name


def countries():
    rows = set()
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if n:
                n = uninvert(n)
                if n:
                    rows.add((c.alpha_2, n.removeprefix("the ")))
    for code, names in SUPPLEMENT.items():
        for n in names:
            rows.add((code, n))
    return sorted(rows)


def common_words(tempeval, country_words, demonyms):
    lower = collections.Counter()
    cap_mid = collections.Counter()
    for path in glob.glob(os.path.join(tempeval, "**", "*.tml"), recursive=True):
        text = open(path, encoding="utf-8").read()
        m = re.search(r"<TEXT>(.*)</TEXT>", text, re.S)
        if not m:
            continue
        body = re.sub(r"<[^>]+>", "", m.group(1))
        for sent in re.split(r"(?<=[.!?])\s+|\n\s*\n", body):
            words = re.findall(r"[A-Za-z][A-Za-z'-]*", sent)
            for i, w in enumerate(words):
                if w.islower():
                    lower[w] += 1
                elif i > 0 and w[0].isupper() and not w.isupper():
                    cap_mid[w.lower()] += 1
    out = set()
    for w, n in lower.items():
        if n >= 1 and cap_mid[w] * 4 <= n:
            out.add(w)
    # wordfreq adds frequent words the news sample happens not to have, but only those it saw in no
    # case at all, and no word wordfreq ranks as a name-like token (checked by the capital test above).
    for w in top_n_list("en", 3000):
        if w.isalpha() and len(w) > 2 and w not in cap_mid and w not in lower and w not in NAMES_IN_TOP:
            out.add(w)
    out -= country_words
    out -= demonyms
    return sorted(out)


def main():
    tempeval = sys.argv[1]
    rows = countries()
    with open(os.path.join(HERE, "countries.tsv"), "w", encoding="utf-8") as f:
        f.write("# ISO 3166-1 names from pycountry (iso-codes) + common short names; see gen_lexicon.py\n")
        for code, name in rows:
            f.write(f"{code}\t{name}\n")
    country_words = {n.lower() for _, n in rows if " " not in n}
    demonyms = set()
    with open(os.path.join(HERE, "demonyms.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                demonyms.add(line.split("\t")[1].strip().lower())
    words = common_words(tempeval, country_words, demonyms)
    with open(os.path.join(HERE, "common_words.txt"), "w", encoding="utf-8") as f:
        f.write("# English words news text writes in lower case; see gen_lexicon.py for the sources\n")
        for w in words:
            f.write(w + "\n")


if __name__ == "__main__":
    main()
