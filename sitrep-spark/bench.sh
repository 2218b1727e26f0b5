#!/usr/bin/env bash
# `sitrep archive` on one machine: local[1] against local[2] over N GeoWebNews-based articles (default 400),
# each run a fresh JVM as a user runs it, with the executor heap capped at 1.5 GB. Prints, for each run, the
# load average before it (the machine may be shared), the wall time of the whole command, its CPU time, the
# extraction stage's time and rate, the peak heap, and whether the events are exactly those of `sitrep extract`.
# Usage: sitrep-spark/bench.sh [N] [ROUNDS]   (needs ../shared/data/geowebnews beside the repository)
# On a shared machine, SITREP_BENCH_IDLE=SECONDS waits before each round (at most that long) until the machine
# has been at least 90% idle for 5 s, so that both runs of a round meet the same quiet machine.
set -euo pipefail
mod="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$mod")"
n="${1:-400}"
rounds="${2:-3}"
work="$mod/target/bench"
mkdir -p "$work"
cd "$root"
./sitrep bench corpus --count "$n" --out "$work/in.jsonl" >&2
./sitrep extract --input "$work/in.jsonl" 2>"$work/extract.log" | sort >"$work/extract.sorted"
echo "sitrep extract: $(tail -1 "$work/extract.log")" >&2
export SITREP_JAVA_OPTS="${SITREP_JAVA_OPTS:--Xmx1536m}"
# the machine's busy CPU seconds so far (all processes, from /proc/stat; USER_HZ is 100 on Linux)
busy() {
  awk '/^cpu /{printf "%.2f", ($2 + $3 + $4 + $7 + $8) / 100}' /proc/stat
}
# percent of the machine's CPU time idle over the next 5 s (from /proc/stat)
idle5() {
  local a b
  read -r -a a < <(grep '^cpu ' /proc/stat)
  sleep 5
  read -r -a b < <(grep '^cpu ' /proc/stat)
  local total=0 i
  for i in 1 2 3 4 5 6 7 8; do total=$(( total + b[i] - a[i] )); done
  echo $(( 100 * (b[4] - a[4] + b[5] - a[5]) / (total > 0 ? total : 1) ))
}
# "others' CPU s": what every other process on the machine used during the run (a shared machine's noise)
printf '| master | round | load avg (1 min, before) | wall s | CPU s | others'"'"' CPU s | articles/s (wall) | extraction s | articles/s (extraction) | peak heap MB | events = extract |\n'
printf '|---|---|---|---|---|---|---|---|---|---|---|\n'
for r in $(seq 1 "$rounds"); do
  if [ -n "${SITREP_BENCH_IDLE:-}" ]; then
    waited=0
    while [ "$(idle5)" -lt 90 ] && [ "$waited" -lt "$SITREP_BENCH_IDLE" ]; do waited=$((waited + 5)); done
    echo "round $r: waited ${waited} s for an idle machine" >&2
  fi
  for m in 1 2; do
    out="$work/out-$m"
    load=$(cut -d' ' -f1 /proc/loadavg)
    start=$(date +%s.%N)
    b0=$(busy)
    /usr/bin/time -f 'cpu %U %S' -o "$work/time-$m.txt" \
      ./sitrep archive --master "local[$m]" --input "$work/in.jsonl" --output "$out" --format jsonl --overwrite \
      2>"$work/archive-$m.log"
    end=$(date +%s.%N)
    b1=$(busy)
    wall=$(awk "BEGIN{printf \"%.1f\", $end - $start}")
    cpu=$(awk '/^cpu/{printf "%.1f", $2 + $3}' "$work/time-$m.txt")
    line=$(grep '^sitrep archive: [0-9]* articles' "$work/archive-$m.log")
    secs=$(sed -E 's/.*: ([0-9.]+) s extracting.*/\1/' <<<"$line")
    rate=$(sed -E 's/.* ([0-9.]+) articles\/s.*/\1/' <<<"$line")
    heap=$(grep -o 'peak heap [0-9]*' "$work/archive-$m.log" | grep -o '[0-9]*$')
    same=no
    cat "$out"/events/part-* | sort | cmp -s - "$work/extract.sorted" && same=yes
    others=$(awk "BEGIN{printf \"%.1f\", $b1 - $b0 - $cpu}")
    printf '| local[%s] | %s | %s | %s | %s | %s | %.1f | %s | %s | %s | %s |\n' "$m" "$r" "$load" "$wall" "$cpu" "$others" \
      "$(awk "BEGIN{print $n / $wall}")" "$secs" "$rate" "$heap" "$same"
  done
done
