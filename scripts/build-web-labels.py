#!/usr/bin/env python3
"""Builds src/main/resources/sitrep/web/labels.json: the place names the page writes on its offline base
map, from the bundled GeoNames gazetteer (CC BY 4.0; no tiles, nothing fetched at run time).

  scripts/build-web-labels.py

No npm package carries Natural Earth's populated places (world-atlas has borders only), so the labels
come from GeoNames, which the gazetteer already bundles: capitals (PPLC) and places of 500,000 people
or more, and the first-level divisions (admin1), each placed at the mean position of its populated
places (weighted by population) and named as GeoNames names it.
Each label is [name, latitude, longitude, kind, minimum zoom]: kind 1 a capital, 2 a city, 3 an admin1.
"""
import collections, gzip, json, math, os

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
geo = os.path.join(root, "src", "main", "resources", "sitrep", "geo")
out = os.path.join(root, "src", "main", "resources", "sitrep", "web", "labels.json")

admin_names = {}
with gzip.open(os.path.join(geo, "admin.tsv.gz"), "rt", encoding="utf-8") as f:
    for line in f:
        code, name = line.rstrip("\n").split("\t")[:2]
        if code.count(".") == 1:
            admin_names[code] = name

labels = []
sums = collections.defaultdict(lambda: [0.0, 0.0, 0.0])
with gzip.open(os.path.join(geo, "places.tsv.gz"), "rt", encoding="utf-8") as f:
    for line in f:
        c = line.rstrip("\n").split("\t")
        name, lat, lon, fcode, cc, a1, pop = c[1], float(c[4]), float(c[5]), c[7], c[8], c[9], int(c[11] or 0)
        if fcode == "PPLC":
            labels.append([name, round(lat, 3), round(lon, 3), 1, 3 if pop >= 1_000_000 else 4])
        elif pop >= 500_000:
            labels.append([name, round(lat, 3), round(lon, 3), 2, 5 if pop >= 2_000_000 else 6])
        if a1 and pop > 0:
            w = math.sqrt(pop)
            s = sums[cc + "." + a1]
            s[0] += lat * w
            s[1] += lon * w
            s[2] += w
for code, (la, lo, w) in sorted(sums.items()):
    if code in admin_names and w > 0:
        labels.append([admin_names[code], round(la / w, 3), round(lo / w, 3), 3, 7])
labels.sort(key=lambda l: (l[4], l[3], l[0]))
with open(out, "w", encoding="utf-8") as f:
    f.write('{"attribution":"GeoNames (geonames.org), CC BY 4.0","fields":["name","latitude","longitude","kind","minZoom"],'
            '"labels":')
    json.dump(labels, f, ensure_ascii=False, separators=(",", ":"))
    f.write("}\n")
print(f"{len(labels)} labels in {out}")
