#!/usr/bin/env python3
"""Checks an exemplar file: label<TAB>sentence, known labels, one tab a line, no duplicates.

  scripts/classifier/check-exemplars.py FILE [MIN_PER_LABEL]
"""
import collections, difflib, re, sys

# The 12 sub-event types of exemplars-a.tsv; add exemplars-b.tsv's types here to check that file too.
LABELS = {
    "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
    "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED", "Grenade", "Sexual violence", "Attack",
    "Abduction/forced disappearance",
}

def norm(s):
    return re.sub(r"[^a-z0-9 ]", "", s.lower()).strip()

def main(path, minimum=45):
    errors, counts, seen, rows = [], collections.Counter(), {}, []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if line.count("\t") != 1:
                errors.append(f"{n}: {line.count(chr(9))} tabs"); continue
            label, sentence = line.split("\t")
            if label not in LABELS:
                errors.append(f"{n}: unknown label {label!r}")
            words = len(sentence.split())
            if not 6 <= words <= 40:
                errors.append(f"{n}: {words} words")
            key = norm(sentence)
            if key in seen:
                errors.append(f"{n}: duplicate of line {seen[key]}")
            seen[key] = n
            counts[label] += 1
            rows.append((n, key))
    for i, (n1, a) in enumerate(rows):
        for n2, b in rows[i + 1:]:
            if difflib.SequenceMatcher(None, a, b).ratio() > 0.8:
                errors.append(f"{n1}/{n2}: near-duplicates")
    for label in sorted(LABELS):
        if counts[label] < minimum:
            errors.append(f"{label}: only {counts[label]}")
    for label, c in sorted(counts.items()):
        print(f"{c:4d}  {label}")
    print(f"{sum(counts.values()):4d}  total")
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 45))
