#!/usr/bin/env bash
# Whole-process benchmark: Sitrep's extraction against CoreNLP's standard pipeline
# (tokenize,ssplit,pos,lemma,ner) over the same 100 real news articles (GeoWebNews, from ../shared),
# start-up included, with peak memory (max RSS) from GNU time. Then the in-process figures.
# Needs /usr/bin/time (Debian package 'time') and downloads the CoreNLP models jar (474 MB) once.
set -euo pipefail
cd "$(dirname "$0")/.."
./sitrep --version >/dev/null
mvn -q -Pbench dependency:copy-dependencies -DincludeClassifiers=models -DoutputDirectory=target/bench/models >/dev/null
models=$(ls target/bench/models/stanford-corenlp-*-models.jar)
corpus=target/bench/articles.jsonl
./sitrep bench corpus --count "${COUNT:-100}" --out "$corpus"
run() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o target/bench/time.txt "$@" >/dev/null 2>target/bench/$label.err || { cat target/bench/$label.err; exit 1; }
  read -r secs kb < target/bench/time.txt
  printf '%-10s %6.1f s wall, %6d MB peak RSS\n' "$label" "$secs" "$((kb / 1024))"
}
cp="target/sitrep.jar:$models"
run sitrep java ${SITREP_JAVA_OPTS:--Xmx2g} -jar target/sitrep.jar extract --input "$corpus"
run corenlp java -Xmx6g -cp "$cp" org.sitrep.cli.Main bench baseline --input "$corpus" --rounds 0
tail -1 target/bench/sitrep.err
grep baseline target/bench/corenlp.err target/bench/*.err 2>/dev/null | head -1 || true
java -Xmx2g -jar target/sitrep.jar bench gazetteer --rounds 2
java -Xmx2g -jar target/sitrep.jar bench geoparse --input "$corpus" --rounds 2
java -Xmx2g -jar target/sitrep.jar bench extract --input "$corpus" --rounds 2
