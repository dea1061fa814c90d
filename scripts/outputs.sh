#!/usr/bin/env bash
# Writes every output a change must leave alone (or must change only where intended) into one
# directory, so two builds can be compared with `diff -r`:
#
#   scripts/outputs.sh target/release/storyline /tmp/before      # on the old commit
#   scripts/outputs.sh target/release/storyline /tmp/after       # on the new one
#   diff -r /tmp/before /tmp/after
#
# Covers the JSON brief of the shipped example, of each test fixture directory, `clean --explain`
# of the cleaner fixtures and, when ../shared is beside the repository, the seeds and the
# per-cluster summaries of the first N Multi-News val clusters (timings dropped). N defaults to
# 2000; set OUTPUTS_VAL=0 to skip.
set -euo pipefail
bin=${1:?usage: outputs.sh BINARY OUTDIR}
out=${2:?usage: outputs.sh BINARY OUTDIR}
n=${OUTPUTS_VAL:-2000}
mkdir -p "$out"
"$bin" brief --format json examples/lavrov-kerry-syria >"$out/example.json"
for d in testdata/io/plain testdata/io/html testdata/clean; do
  name=$(echo "$d" | tr / _)
  "$bin" brief --format json "$d" >"$out/$name.json" 2>"$out/$name.err" || true
done
"$bin" brief --format json testdata/io/articles.jsonl >"$out/articles.json" 2>"$out/articles.err" || true
"$bin" brief --format json testdata/io/multinews.jsonl >"$out/multinews.json" 2>"$out/multinews.err" || true
for f in testdata/clean/*.txt; do
  "$bin" clean --explain "$f" >"$out/clean_$(basename "$f").txt" 2>&1 || true
done
if [ -d ../shared/seeds ]; then
  "$bin" brief --format json ../shared/seeds >"$out/seeds.json"
fi
val=../shared/data/multinews/val.jsonl.gz
if [ "$n" != 0 ] && [ -f "$val" ]; then
  "$bin" eval --data "$val" --systems storyline --limit "$n" --per-cluster "$out/val.raw.jsonl" >/dev/null 2>&1
  python3 - "$out/val.raw.jsonl" "$out/val.jsonl" <<'PY'
import json, sys
with open(sys.argv[1]) as f, open(sys.argv[2], "w") as g:
    for line in f:
        d = json.loads(line)
        for o in d.get("outputs", []):
            o.pop("ms", None)
            o.pop("rouge_ms", None)
        g.write(json.dumps(d, sort_keys=True) + "\n")
PY
  rm "$out/val.raw.jsonl"
fi
