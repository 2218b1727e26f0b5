#!/bin/sh
# Rebuilds the sub-event type classifier (src/main/resources/sitrep/classifier/model.tsv) from the
# exemplar bank in this folder. Deterministic: the same bank gives the same file.
# Run from the repository root after `mvn -q -Dmaven.test.skip=true package`.
set -e
java -jar target/sitrep.jar classifier train --exemplars scripts/classifier \
  --out src/main/resources/sitrep/classifier/model.tsv "$@"
