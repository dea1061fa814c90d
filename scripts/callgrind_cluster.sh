#!/usr/bin/env bash
# Instructions a cluster of `storyline brief --summary-only`, measured the way the speed rounds
# report them (docs/benchmarks.md): callgrind on the first 300 and the first 600 Multi-News val
# clusters, one thread, and (I600 - I300) / 300, so the start-up (the model's JSON, the regexes)
# cancels out. Wall times on the shared machine are too noisy to compare two builds by; this is
# nearly deterministic (two runs of one binary have differed by up to 0.011 M a cluster: lazily
# built regex caches and the like), so a change under about 0.01 M needs several runs.
#
#   scripts/callgrind_cluster.sh target/release/storyline /tmp/cg_new
#   scripts/callgrind_cluster.sh /tmp/bin_base /tmp/cg_base
#
# Prints the per-cluster cost, then the functions whose cost a cluster grows most (inclusive and
# exclusive, in M instructions a cluster), so a change's effect can be placed. A function's
# exclusive cost counts the lines inlined into it from other files (`callgrind_annotate` lists
# them apart, under the caller's name without the binary's tag: `Vocab::read_words` 0.020 M
# alone, 0.068 M with its word split from token.rs). With THREADS=1 it
# also runs `--jobs 2 --separate-threads=yes` on the 600 clusters and prints each thread's total:
# the main thread's (start-up, reading, writing: serial) and the workers' (the briefs).
#
# Copy the binary first if cargo may rebuild it meanwhile. Needs valgrind; the clusters come from
# V300/V600 if set, else from the first lines of VAL (../shared/data/multinews/val.jsonl.gz).
set -euo pipefail
bin=${1:?usage: callgrind_cluster.sh BINARY OUTDIR}
out=${2:?usage: callgrind_cluster.sh BINARY OUTDIR}
top=${TOP:-25}
mkdir -p "$out"
val=${VAL:-../shared/data/multinews/val.jsonl.gz}
for n in 300 600; do
  var="V$n"
  data=${!var:-}
  if [ -z "$data" ]; then
    data="$out/v$n.jsonl"
    # `head` closes the pipe early: gzip's SIGPIPE is no failure.
    [ -s "$data" ] || gzip -dc "$val" | head -n "$n" >"$data" || true
    [ -s "$data" ] || { echo "no clusters: set V$n or put $val beside the repository" >&2; exit 1; }
  fi
  valgrind --tool=callgrind --callgrind-out-file="$out/cg$n" "$bin" brief --summary-only \
    --jobs 1 --format json "$data" >/dev/null 2>"$out/cg$n.log"
  for mode in yes no; do
    callgrind_annotate --inclusive=$mode --threshold=100 "$out/cg$n" 2>/dev/null \
      >"$out/cg$n.$mode.txt"
  done
done
if [ "${THREADS:-0}" = 1 ]; then
  valgrind --tool=callgrind --separate-threads=yes --callgrind-out-file="$out/cgj2" "$bin" brief \
    --summary-only --jobs 2 --format json "${V600:-$out/v600.jsonl}" >/dev/null 2>"$out/cgj2.log"
fi
python3 - "$out" "$top" <<'PY'
import glob, re, sys

out, top = sys.argv[1], int(sys.argv[2])


def costs(path, inlined=False):
    """Function -> instructions, from the listing callgrind_annotate prints (totals included).

    Only the entries tagged with the binary, unless `inlined`: then also the untagged ones, the
    lines inlined into a function from another file (right for exclusive costs only: inclusive
    ones of inlined frames count the same instructions again). The annotated sources after the
    listing are not read."""
    d = {}
    for line in open(path):
        if line.startswith(("-- Auto-annotated source", "-- User-annotated source")):
            break
        m = re.match(r"\s*([\d,]+) \([ \d.]+%\)\s+(\S.*)$", line)
        tagged = m and (" [" in m.group(2) or "PROGRAM TOTALS" in m.group(2))
        if not m or not tagged and not inlined:
            continue
        name = m.group(2).split(":", 1)[-1].rsplit(" [", 1)[0]
        d[name] = d.get(name, 0) + int(m.group(1).replace(",", ""))
    return d


for mode, label in (("yes", "inclusive"), ("no", "exclusive (with inlined lines)")):
    inlined = mode == "no"
    a = costs(f"{out}/cg300.{mode}.txt", inlined)
    b = costs(f"{out}/cg600.{mode}.txt", inlined)
    if mode == "yes":
        total = (b["PROGRAM TOTALS"] - a["PROGRAM TOTALS"]) / 300e6
        print(f"per cluster: {total:.4f} M instructions ((I600 - I300) / 300)")
    rows = sorted(((b.get(k, 0) - a.get(k, 0)) / 300e6, k) for k in set(a) | set(b))
    rows = [r for r in reversed(rows) if r[1] != "PROGRAM TOTALS"]
    if mode == "yes":
        # Inclusive costs of the runtime's frames (threads, iterator adapters) say nothing.
        rows = [r for r in rows if "storyline" in r[1] and "rayon" not in r[1]]
    print(f"\n{label}, M a cluster:")
    for v, k in rows[:top]:
        print(f"  {v:.4f}  {k[:140]}")

threads = sorted(glob.glob(f"{out}/cgj2-*"))
if threads:
    print("\n--jobs 2, 600 clusters, instructions per thread (M; 01 is the main thread):")
    both = 0
    for t in threads:
        for line in open(t):
            if line.startswith("totals:"):
                both += int(line.split()[1])
                print(f"  {t.rsplit('-', 1)[1]}: {int(line.split()[1]) / 1e6:.1f}")
    one = costs(f"{out}/cg600.yes.txt")["PROGRAM TOTALS"]
    change = both / one - 1
    print(f"  all threads {both / 1e6:.1f} against --jobs 1's {one / 1e6:.1f} ({change:+.1%})")
PY
