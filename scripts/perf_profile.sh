#!/usr/bin/env bash
# Where the wall-clock time of `storyline brief --summary-only` goes, beside where the
# instructions go. callgrind (scripts/callgrind_cluster.sh) counts instructions only; the bench
# (scripts/bench_brief.py) measures time, where cache misses, mispredicted branches, page faults
# and allocation count too. This samples the time with `perf record -e cpu-clock` (a software
# event: it works in a VM without hardware counters, and with perf_event_paranoid 2 for a
# process of one's own), RUNS runs of one thread on the first LIMIT Multi-News val clusters.
#
#   scripts/perf_profile.sh target/release/storyline /tmp/perf_new [/tmp/cg_new]
#
# Prints each function's share of the samples (exclusive: a function's own code and what was
# inlined into it, as callgrind's exclusive costs with inlined lines), the kernel's share (page
# faults: first touches of the allocator's memory), and, given the OUTDIR of a
# callgrind_cluster.sh run, each function's share of the instructions of its 600-cluster run
# and the ratio time share / instruction share: above 1, a function costs more time than its
# instructions say (waiting on memory, mispredicted branches); below 1, less (simple
# arithmetic, several instructions a cycle). The shares of one run against another's compare
# two builds better than their wall times on a shared machine: the other tenants slow both
# alike (a share moved about 0.4 points between sessions on a loaded machine, so repeat).
#
# RUNS (default 10), LIMIT (1000), FREQ (samples a second, 20000) and TOP (40) may be set; the
# clusters come from V1000 if set, else from the first LIMIT lines of VAL
# (../shared/data/multinews/val.jsonl.gz). With CALLERS=1 it also records one run with DWARF
# call stacks and lists the callers of the functions whose time share most exceeds their
# instruction share (needs the callgrind OUTDIR).
set -euo pipefail
bin=${1:?usage: perf_profile.sh BINARY OUTDIR [CALLGRIND_OUTDIR]}
out=${2:?usage: perf_profile.sh BINARY OUTDIR [CALLGRIND_OUTDIR]}
cg=${3:-}
runs=${RUNS:-10}
limit=${LIMIT:-1000}
freq=${FREQ:-20000}
top=${TOP:-40}
mkdir -p "$out"
val=${VAL:-../shared/data/multinews/val.jsonl.gz}
data=${V1000:-}
if [ -z "$data" ]; then
  data="$out/v$limit.jsonl"
  # `head` closes the pipe early: gzip's SIGPIPE is no failure.
  [ -s "$data" ] || gzip -dc "$val" | head -n "$limit" >"$data" || true
  [ -s "$data" ] || { echo "no clusters: set V1000 or put $val beside the repository" >&2; exit 1; }
fi
# A copy under a name of its own, so that `--comm` keeps its samples only (not the shell's)
# and cargo cannot replace it meanwhile.
cp "$bin" "$out/storyline-prof"
perf record -q -F "$freq" -e cpu-clock -o "$out/perf.data" -- bash -c \
  "for i in \$(seq $runs); do '$out/storyline-prof' brief --summary-only --jobs 1 --format json '$data' >/dev/null; done"
perf report -i "$out/perf.data" --comm storyline-prof --no-children --sort symbol --stdio \
  2>/dev/null | grep '%' >"$out/self.txt"
if [ "${CALLERS:-0}" = 1 ]; then
  perf record -q -F 4000 -e cpu-clock --call-graph dwarf,32768 -o "$out/dwarf.data" -- \
    "$out/storyline-prof" brief --summary-only --jobs 1 --format json "$data" >/dev/null
  perf script -i "$out/dwarf.data" -F ip,sym --no-inline 2>/dev/null >"$out/stacks.txt"
fi
python3 - "$out" "$top" "$cg" <<'PY'
import collections, os, re, sys

out, top, cg = sys.argv[1], int(sys.argv[2]), sys.argv[3]


def norm(name):
    """One name for libc's variants of a routine (valgrind hides AVX-512: callgrind sees the
    AVX2 memcpy where the machine runs the AVX-512 one)."""
    name = re.sub(r"__mem(cpy|move)_\w+", "memcpy/memmove", name)
    return re.sub(r"__memcmp_\w+", "memcmp", name)


time = collections.Counter()
for line in open(f"{out}/self.txt"):
    m = re.match(r"\s*([\d.]+)%\s+\[(.)\]\s+(.*?)(\s+-\s+-)?\s*$", line)
    if m:
        time[norm(m.group(3)) if m.group(2) == "." else "[kernel] " + m.group(3)] += float(m.group(1))
kernel = sum(v for k, v in time.items() if k.startswith("[kernel]"))
print(f"kernel: {kernel:.2f}% of the samples (top: "
      + ", ".join(f"{k[9:]} {v:.2f}%" for k, v in time.most_common() if k.startswith("[kernel]"))[:200]
      + ")")

instr = collections.Counter()
if cg:
    # callgrind_annotate's exclusive listing of the 600-cluster run, entries tagged with the
    # binary and the untagged ones (lines inlined into a function from another file) alike.
    total = None
    for line in open(f"{cg}/cg600.no.txt"):
        if line.startswith(("-- Auto-annotated source", "-- User-annotated source")):
            break
        m = re.match(r"\s*([\d,]+) \([ \d.]+%\)\s+(\S.*)$", line)
        if not m:
            continue
        v = int(m.group(1).replace(",", ""))
        if "PROGRAM TOTALS" in m.group(2):
            total = v
            continue
        instr[norm(m.group(2).split(":", 1)[-1].rsplit(" [", 1)[0])] += v
    instr = collections.Counter({k: 100 * v / total for k, v in instr.items()})

print(f"\n{'time %':>7} {'instr %':>7} {'ratio':>6}  function (exclusive, by time)")
for name, t in time.most_common(top):
    i = instr.get(name)
    if i:
        print(f"{t:7.2f} {i:7.2f} {t / i:6.2f}  {name[:110]}")
    else:
        print(f"{t:7.2f} {'':>7} {'':>6}  {name[:110]}")
if not cg:
    sys.exit()
excess = sorted(((t - instr.get(k, 0), k) for k, t in time.items() if not k.startswith("[")),
                reverse=True)
print("\ntime share above instruction share, points:")
for d, k in excess[:15]:
    print(f"  {d:+6.2f}  {k[:110]}")
if os.path.exists(f"{out}/stacks.txt"):
    samples, cur = [], []
    for line in open(f"{out}/stacks.txt"):
        line = line.strip()
        if not line:
            if cur:
                samples.append(cur)
            cur = []
            continue
        parts = line.split(None, 1)
        cur.append(re.sub(r"\+0x[0-9a-f]+$", "", parts[1] if len(parts) > 1 else "?"))
    if cur:
        samples.append(cur)
    print(f"\ncallers (first storyline frame above; one run, {len(samples)} samples):")
    for d, target in [(0, "clear_page")] + excess[:8]:
        who = collections.Counter()
        for frames in samples:
            if norm(frames[0]) == target or target in frames[0]:
                who[next((f for f in frames[1:] if "storyline" in f and "alloc" not in f), "?")] += 1
        if who:
            print(f"  {target[:90]}:")
            for f, c in who.most_common(4):
                print(f"    {100 * c / len(samples):5.2f}%  {f[:100]}")
PY
