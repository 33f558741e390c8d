#!/usr/bin/env bash
# Sweep benchmark: Lantern's sweep beside grep -F -f (and rg -F -f when installed) on a generated
# corpus of 1M indicators and >= 1 GB of mixed logs (Zeek conn/dns/http, JSON proxy, syslog),
# with an exactness check against the corpus's truth file.
#
# Usage: lantern-bench/scripts/sweep-vs-grep.sh DIR [INDICATORS] [BYTES]
#   DIR         where the corpus is generated (reused when DIR/truth.tsv exists)
#   INDICATORS  default 1000000;  BYTES  default 1.1G
# Environment:
#   LANTERN        the command to run (default: ./lantern at the repository root)
#   BENCH_JAR      the lantern-bench jar (default: built under lantern-bench/target)
#   GREP_SAMPLE_MB grep/rg run on the first N MB of each log (default 100; 0 = whole corpus,
#                  which takes minutes: grep -F with a million patterns runs at a few MB/s)
#   THREADS        thread counts to run Lantern with (default "1 2")
#   LANTERN_JAVA_OPTS  JVM options for Lantern (default -Xmx512m, so peak RSS reflects need)
set -euo pipefail

out="${1:?usage: sweep-vs-grep.sh DIR [INDICATORS] [BYTES]}"
indicators="${2:-1000000}"
bytes="${3:-1.1G}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
lantern="${LANTERN:-$root/lantern}"
bench_jar="${BENCH_JAR:-$root/lantern-bench/target/lantern-bench.jar}"
sample_mb="${GREP_SAMPLE_MB:-100}"
threads_list="${THREADS:-1 2}"
export LANTERN_JAVA_OPTS="${LANTERN_JAVA_OPTS:--Xmx512m}"

if [[ ! -f "$bench_jar" ]]; then
  echo "building $bench_jar ..." >&2
  (cd "$root" && ./mvnw -B -q -pl lantern-bench -am package -DskipTests -Dspotless.check.skip=true)
fi

mkdir -p "$out"
if [[ ! -f "$out/truth.tsv" ]]; then
  echo "== generating corpus: $indicators indicators, $bytes of logs (seed 42)"
  java -cp "$bench_jar" dev.lantern.bench.sweep.SweepCorpus --out "$out" \
    --indicators "$indicators" --bytes "$bytes" --hits 546 --seed 42
fi
logs=("$out"/logs/*)
total=$(cat "${logs[@]}" | wc -c)
planted=$(wc -l < "$out/truth.tsv")
mb=$(awk -v b="$total" 'BEGIN { printf "%.1f", b / 1e6 }')
echo "== corpus: $(grep -vc '^#' "$out/indicators.txt") indicators, $mb MB of logs, $planted planted hits"
echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1e6}' /proc/meminfo), $(java -version 2>&1 | head -1)"
cat "${logs[@]}" > /dev/null # page cache

now() { date +%s.%N; }
peak_rss() { awk -F': ' '/Maximum resident set size/ { printf "%.0f MB", $2 / 1024 }' "$1"; }
timed() { # timed ERRLOG OUTFILE CMD... ; runs CMD > OUTFILE, prints wall seconds
  local log="$1" into="$2"; shift 2
  local t0 t1
  t0=$(now)
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -v "$@" > "$into" 2> "$log" || true
  else
    "$@" > "$into" 2> "$log" || true
  fi
  t1=$(now)
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }'
}

declare -A lantern_mbps
for t in $threads_list; do
  secs=$(timed "$out/lantern-$t.err" "$out/hits-$t.jsonl" "$lantern" sweep \
    --intel "$out/indicators.txt" --format jsonl --threads "$t" --stats "$out/logs")
  stats=$(grep 'stats:' "$out/lantern-$t.err" | sed 's/.*stats: //')
  scan_mbps=$(sed -n 's/.*swept in [0-9.]* s = \([0-9.]*\) MB\/s.*/\1/p' <<< "$stats")
  lantern_mbps[$t]="$scan_mbps"
  echo "== lantern sweep, $t thread(s): ${secs} s wall (JVM start + load + scan), peak RSS $(peak_rss "$out/lantern-$t.err")"
  echo "   $stats"
  echo -n "   exactness: "
  java -cp "$bench_jar" dev.lantern.bench.sweep.TruthCheck "$out/truth.tsv" "$out/hits-$t.jsonl" | head -12 || true
done

# grep and ripgrep on a sample (or the whole corpus when GREP_SAMPLE_MB=0)
if [[ "$sample_mb" == "0" ]]; then
  sample=("${logs[@]}")
  sample_bytes=$total
else
  mkdir -p "$out/sample"
  for f in "${logs[@]}"; do head -c "$((sample_mb * 1000000 / ${#logs[@]}))" "$f" > "$out/sample/$(basename "$f")"; done
  sample=("$out"/sample/*)
  sample_bytes=$(cat "${sample[@]}" | wc -c)
fi
grep -v '^#' "$out/indicators.txt" > "$out/patterns.txt"
secs=$(timed "$out/grep.err" "$out/grep-lines" bash -c 'LC_ALL=C grep -F -f "$0" "${@}" | wc -l' "$out/patterns.txt" "${sample[@]}")
grep_mbps=$(awk -v b="$sample_bytes" -v s="$secs" 'BEGIN { printf "%.1f", b / 1e6 / s }')
echo "== grep -F -f on $(awk -v b="$sample_bytes" 'BEGIN { printf "%.0f", b/1e6 }') MB: ${secs} s = ${grep_mbps} MB/s (incl. pattern compile), $(cat "$out/grep-lines") matching lines (substring matches: no CIDR, no subdomain semantics), peak RSS $(peak_rss "$out/grep.err")"
if command -v rg > /dev/null; then
  secs=$(timed "$out/rg.err" "$out/rg-lines" bash -c 'rg -F -f "$0" --no-filename "${@}" | wc -l' "$out/patterns.txt" "${sample[@]}")
  rg_mbps=$(awk -v b="$sample_bytes" -v s="$secs" 'BEGIN { printf "%.1f", b / 1e6 / s }')
  echo "== rg -F -f: ${secs} s = ${rg_mbps} MB/s, $(cat "$out/rg-lines") lines, peak RSS $(peak_rss "$out/rg.err")"
else
  echo "== rg: not installed, skipped"
fi
for t in $threads_list; do
  awk -v l="${lantern_mbps[$t]}" -v g="$grep_mbps" -v t="$t" \
    'BEGIN { printf "== ratio: lantern (%s thread%s, scan wall MB/s) / grep -F (MB/s incl. compile) = %.1fx\n", t, (t == 1 ? "" : "s"), l / g }'
done
