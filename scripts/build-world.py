#!/usr/bin/env python3
"""Builds the offline world map outline: Natural Earth country borders (public domain) from the npm
package world-atlas (TopoJSON, 1:110m), decoded to GeoJSON for Leaflet, coordinates rounded to 0.01 deg.

  scripts/build-world.py   ->  src/main/resources/sitrep/web/countries.geojson
"""
import json, os, subprocess, tarfile

VERSION = "2.0.2"
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
work = os.path.join(root, "target", "world-build")
os.makedirs(work, exist_ok=True)
tgz = os.path.join(work, f"world-atlas-{VERSION}.tgz")
if not os.path.exists(tgz):
    subprocess.run(["npm", "pack", f"world-atlas@{VERSION}", "--silent"], cwd=work, check=True, stdout=subprocess.DEVNULL)
with tarfile.open(tgz) as t:
    topo = json.load(t.extractfile("package/countries-110m.json"))

sx, sy = topo["transform"]["scale"]
tx, ty = topo["transform"]["translate"]
arcs = []
for arc in topo["arcs"]:
    x = y = 0
    pts = []
    for dx, dy in arc:
        x += dx
        y += dy
        pts.append([round(x * sx + tx, 2), round(y * sy + ty, 2)])
    arcs.append(pts)

def ring(indexes):
    out = []
    for i in indexes:
        pts = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        out.extend(pts if not out else pts[1:])
    return out

features = []
for g in topo["objects"]["countries"]["geometries"]:
    if g["type"] == "Polygon":
        coords = [ring(r) for r in g["arcs"]]
    elif g["type"] == "MultiPolygon":
        coords = [[ring(r) for r in p] for p in g["arcs"]]
    else:
        continue
    features.append({"type": "Feature", "properties": {"name": g.get("properties", {}).get("name", "")},
                     "geometry": {"type": g["type"], "coordinates": coords}})
out = os.path.join(root, "src", "main", "resources", "sitrep", "web", "countries.geojson")
with open(out, "w") as f:
    json.dump({"type": "FeatureCollection", "features": features}, f, separators=(",", ":"))
print(f"{len(features)} countries -> {out} ({os.path.getsize(out)} bytes)")
