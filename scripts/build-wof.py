#!/usr/bin/env python3
"""Builds Sitrep's village gazetteer from the Who's On First extract in ../shared (issue 11).

  scripts/build-wof.py [WOF_DIR]          (default ../shared/data/gazetteer-wof, beside the project)

Inputs: WOF_DIR/XX.tsv.gz (one file per country; columns, licence and gaps in WOF_DIR/README.md) and the
bundled GeoNames gazetteer (src/main/resources/sitrep/geo/places.tsv.gz, admin.tsv.gz).
Outputs, under src/main/resources/sitrep/geo/:
  wof-places.tsv.gz  the WOF places cities500 lacks, in places.tsv.gz's columns (geo.GazetteerField), so
                     MemoryGazetteer reads both alike. A place with no GeoNames id has -wof_id as its id.
  wof-admin.tsv.gz   CC.ADM1.X<county_id> <TAB> county name: second-level names for WOF's counties that
                     GeoNames' admin2 table does not name (admin2Name of a village).
Standard library only; the same inputs give the same bytes (sorted input, gzip mtime 0).

What it does, in order:
  1. Merge: a WOF row whose geonames_id is in cities500 is dropped (cities500 has it); so is one whose name
     folds (NameKey, as the Java loader folds) like a name of a cities500 place of its country within 5 km.
     Within WOF, a GeoNames id kept once (the first row: regions, counties, then localities).
  2. Names: `name` in Cyrillic (Ukraine) becomes its KMU 2010 romanisation (the name and the ASCII name),
     the Cyrillic kept as an alternate; an Arabic-script `name` gives way to the first English name.
     Alternates are names_eng + names_other_latin + names_ara, deduplicated.
  3. Types: locality P/PPL; neighbourhood, macrohood, borough P/PPLX; county A/ADM2; localadmin A/ADM3;
     region only when no GeoNames first-level division matched it (else it is there already), and then not
     as ADM1, which would code it to a first-level seat: as ADM2 when GeoNames' admin2 table names it (the
     Philippines' provinces), else as ADMD, GeoNames' undifferentiated division (Kenya's old provinces).
  4. admin1 codes: WOF's region matched by folded name (generic words such as "Province" aside) to
     admin.tsv's first-level names; else to a cities500 first-level seat (PPLA) named like it; a name match
     stands only if most of the region's localities, or more of them than of any other code, lie nearest
     to cities500 towns of that code (the Congo's 11 old provinces are not its 26 new ones of the same
     names; Kayin, whose few towns leave half its villages nearest Bago's and Mon's, is Kayin). Otherwise a place whose WOF
     county is named like a first-level division takes that division (Kenya: WOF's regions are the old
     provinces, its counties GeoNames' first level); else the admin1 of its nearest cities500 place.
  5. admin2 codes: WOF's county matched by folded name to a GeoNames admin2 under the same admin1; else the
     GeoNames code the county's own GeoNames id is, or that of the cities500 town of the same admin1 it
     merges into by name within 5 km (its namesake seat: Amedi, Al 'Amadiyah's district); else
     "X<county_id>", named in wof-admin.tsv.gz.
  6. Size: if the two outputs exceed MAX_BYTES, neighbourhoods are dropped (largest countries first).
Counts go to stdout; the project's README and commit messages quote them.
"""
import collections, glob, gzip, io, math, os, sys, unicodedata

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
geo = os.path.join(root, "src", "main", "resources", "sitrep", "geo")
wof_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "data", "gazetteer-wof")
MAX_BYTES = 25 * 1000 * 1000
MERGE_KM = 5.0
# A name match of a region stands when at least this share of its localities agree, or more than agree with any other code (step 4).
AGREE = 0.5
# ... judged only on enough localities: a city-governorate's few villages lie nearest the suburbs around it.
MIN_VOTES = 30
# WOF records that are no place a report means: the UN force's name would turn its mentions into the Golan.
EXCLUDE_NAMES = {"United Nations Disengagement Observer Force"}

# ---- NameKey, as org.sitrep.geo.NameKey folds (only for matching here; the loader folds again) ----
ARTICLES = {"al", "el", "ad", "ed", "adh", "as", "es", "ash", "esh", "ar", "er", "at", "et", "ath", "az",
            "ez", "an", "en", "ul"}
MARKS = set("\u2019\u2018\u02bf\u02be\u02bb\u02bc\u00b4\u02b9")
SPECIAL = {"\u0131": "i", "\u00df": "ss", "\u00f8": "o", "\u00d8": "o", "\u00e6": "ae", "\u00c6": "ae",
           "\u0111": "d", "\u0110": "d", "\u00f0": "d", "\u0142": "l", "\u0141": "l", "\u0153": "oe", "\u00fe": "th"}


def fold(s):
    t = s if s.isascii() else unicodedata.normalize("NFD", s)
    out, space = [], True
    for c in t:
        if c < "\x80":
            if c.isalnum():
                out.append(c.lower())
                space = False
            elif c in "'`":
                pass
            elif not space:
                out.append(" ")
                space = True
            continue
        if unicodedata.category(c) in ("Mn", "Me") or c in MARKS:
            continue
        m = SPECIAL.get(c)
        if m:
            out.append(m)
            space = False
        elif c.isalnum():
            out.append(c.lower())
            space = False
        elif not space:
            out.append(" ")
            space = True
    return "".join(out).rstrip(" ")


def spelling(w):
    if len(w) < 3:
        return w
    sb, i = [], 0
    while i < len(w):
        c = w[i]
        nxt = w[i + 1] if i + 1 < len(w) else ""
        if c == "y" and i > 0:
            c = "i"
        elif c == "q":
            c = "k"
        elif c == "o" and nxt == "u":
            sb.append("u"); i += 2; continue
        elif c == "e" and nxt == "e":
            sb.append("i"); i += 2; continue
        elif c == "e" and nxt == "i":
            sb.append("ai"); i += 2; continue
        if not (sb and sb[-1][-1] == c):
            sb.append(c)
        i += 1
    s = "".join(sb)
    if len(s) > 3 and s[-1] == "h" and s[-2] in "aeiou":
        s = s[:-1]
    return s


def name_key(name):
    words = fold(name).split(" ")
    if words == [""]:
        return ""
    out = []
    for i, w in enumerate(words):
        if not w or (i < len(words) - 1 and len(words) > 1 and w in ARTICLES):
            continue
        if i > 0 and len(w) > 4 and w[0] in "aeiou" and w[1] == w[2] and w[1] in "tdrzsn":
            w = w[2:]
        out.append(spelling(w))
    return " ".join(out)


GENERIC = {name_key(w) for w in ("governorate", "province", "region", "regional", "state", "district", "oblast",
                                 "muhafazah", "muhafazat", "vilayeti", "department", "county", "city", "prefecture",
                                 "municipality", "raion", "qada", "qadaa", "nahiyah", "mintaqat", "division",
                                 "territory", "zone", "sub", "peoples", "people", "capital", "of", "the")}


def admin_key(name):
    """A division's name without its generic words: "Idlib Governorate", "Muhafazat Idlib" -> "idlib"."""
    words = [w for w in name_key(name.replace("'s ", " ")).split(" ") if w]
    kept = [w for w in words if w not in GENERIC]
    return " ".join(kept or words)


# ---- Ukrainian romanisation: the KMU 2010 table (Cabinet of Ministers resolution 55) ----
KMU = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
       "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
       "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
       "щ": "shch", "ь": "", "ю": "iu", "я": "ia",
       # Russian letters in Crimean and eastern names, by the same table's analogues
       "ы": "y", "э": "e", "ё": "io", "ъ": ""}
KMU_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya", "ё": "yo"}
APOSTROPHES = set("'\u2019\u02bc`")


def kmu(s):
    out, i, initial = [], 0, True
    while i < len(s):
        c = s[i]
        low = c.lower()
        if c in APOSTROPHES:  # the apostrophe and the soft sign are not written
            i += 1
            continue
        if low not in KMU:
            out.append(c)
            initial = not c.isalpha()
            i += 1
            continue
        if low == "з" and i + 1 < len(s) and s[i + 1].lower() == "г":  # "зг" is zgh, so that it reads apart from ж
            r, i = "zgh", i + 1
        else:
            r = KMU_INITIAL[low] if initial and low in KMU_INITIAL else KMU[low]
        if c.isupper() and r:
            whole_word_upper = i + 1 < len(s) and s[i + 1].isupper()
            r = r.upper() if whole_word_upper else r[0].upper() + r[1:]
        out.append(r)
        initial = False
        i += 1
    return "".join(out)


def script_of(s):
    for ch in s:
        if ch.isalpha():
            n = unicodedata.name(ch, "")
            if n.startswith("CYRILLIC"):
                return "cyrillic"
            if n.startswith("ARABIC"):
                return "arabic"
    return "latin"


def ascii_name(s):
    """GeoNames' ASCII style: marks dropped, ayn as a backtick, hamza as an apostrophe."""
    out = []
    for c in unicodedata.normalize("NFD", s):
        if c < "\x80":
            out.append(c)
        elif c in "\u02bf\u2018":
            out.append("`")
        elif c in "\u02be\u2019\u02bc":
            out.append("'")
        elif c in SPECIAL:
            out.append(SPECIAL[c].capitalize() if c.isupper() else SPECIAL[c])
    return " ".join("".join(out).split())


def latin_ok(a):
    return bool(a) and not any(ch.isdigit() for ch in a) and "|" not in a and "\t" not in a


# ---- geometry: a grid of cities500 places per country ----
CELL = 0.25


def km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(min(1.0, math.sqrt(a)))


class Grid:
    def __init__(self):
        self.cells = collections.defaultdict(list)

    def add(self, lat, lon, item):
        self.cells[(math.floor(lat / CELL), math.floor(lon / CELL))].append((lat, lon, item))

    def near(self, lat, lon, radius_km):
        r = 1 + int(radius_km / (CELL * 111 * max(0.2, math.cos(lat * math.pi / 180))))
        ci, cj = math.floor(lat / CELL), math.floor(lon / CELL)
        for i in range(ci - r, ci + r + 1):
            for j in range(cj - r, cj + r + 1):
                for la, lo, item in self.cells.get((i, j), ()):
                    d = km(lat, lon, la, lo)
                    if d <= radius_km:
                        yield d, item

    def nearest(self, lat, lon):
        best, ring = None, 0
        ci, cj = math.floor(lat / CELL), math.floor(lon / CELL)
        while ring < 200:
            for i in range(ci - ring, ci + ring + 1):
                for j in range(cj - ring, cj + ring + 1):
                    if max(abs(i - ci), abs(j - cj)) != ring:
                        continue
                    for la, lo, item in self.cells.get((i, j), ()):
                        d = km(lat, lon, la, lo)
                        if best is None or d < best[0]:
                            best = (d, item)
            # every cell of the next ring lies at least ring * CELL degrees away
            if best is not None and best[0] < ring * CELL * 111 * 0.5:
                break
            ring += 1
        return best[1] if best else None


def gz_writer(path):
    return io.TextIOWrapper(gzip.GzipFile(filename="", fileobj=open(path, "wb"), mode="wb", compresslevel=9,
                                          mtime=0), encoding="utf-8", newline="\n")


def main():
    files = sorted(glob.glob(os.path.join(wof_dir, "*.tsv.gz")))
    if not files:
        sys.exit(f"build-wof: no XX.tsv.gz files in {wof_dir}")
    countries = {os.path.basename(f)[:2].upper() for f in files}

    # the bundled gazetteer: ids, and per country a grid of places with their name keys
    gn_ids, grids, seats = set(), collections.defaultdict(Grid), collections.defaultdict(dict)
    with gzip.open(os.path.join(geo, "places.tsv.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            gn_ids.add(int(c[0]))
            if c[8] not in countries:
                continue
            keys = {name_key(c[1]), name_key(c[2])} | {name_key(a) for a in c[3].split("|") if a}
            keys.discard("")
            grids[c[8]].add(float(c[4]), float(c[5]), (c[9], c[10], keys))
            if c[7] == "PPLA":
                seats[c[8]].setdefault(admin_key(c[1]), c[9])
    admin1, admin2 = collections.defaultdict(dict), collections.defaultdict(dict)
    admin2_codes = collections.defaultdict(set)
    with gzip.open(os.path.join(geo, "admin.tsv.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            code, name = line.rstrip("\n").split("\t")
            p = code.split(".")
            if p[0] not in countries:
                continue
            if len(p) == 2:
                admin1[p[0]].setdefault(admin_key(name), p[1])
            else:
                admin2[p[0] + "." + p[1]].setdefault(admin_key(name), p[2])
                admin2_codes[p[0] + "." + p[1]].add(p[2])

    stats = collections.Counter()
    seen_gn = set()  # across countries: one village can sit in two repositories (Beit Safafa: IL and PS)
    out_rows, admin_out = [], {}
    for path in files:
        cc = os.path.basename(path)[:2].upper()
        with gzip.open(path, "rt", encoding="utf-8") as f:
            header = f.readline().rstrip("\n").split("\t")
            rows = [dict(zip(header, line.rstrip("\n").split("\t"))) for line in f]
        grid = grids[cc]
        nearest_cache = {}

        def nearest_admin1(r):
            k = (r["lat"], r["lon"])
            if k not in nearest_cache:
                hit = grid.nearest(float(r["lat"]), float(r["lon"]))
                nearest_cache[k] = hit[0] if hit else ""
            return nearest_cache[k]

        # step 4: each region's admin1 code by name, checked against where its localities lie
        region_code, region_known = {}, {}
        region_rows = {r["wof_id"]: r for r in rows if r["placetype"] == "region"}
        votes = collections.defaultdict(collections.Counter)
        for r in rows:
            if r["placetype"] == "locality" and r["region_id"] in region_rows:
                votes[r["region_id"]][nearest_admin1(r)] += 1
        for rid, r in region_rows.items():
            names = [r["name"]] + r["names_eng"].split("|") + r["names_other_latin"].split("|")
            code = next((admin1[cc][admin_key(n)] for n in names if n and admin_key(n) in admin1[cc]), None)
            how = "name"
            if code is None:
                code = next((seats[cc][admin_key(n)] for n in names if n and admin_key(n) in seats[cc]), None)
                how = "seat"
            if code is None:
                stats["regions: no match (nearest place per row)"] += 1
                continue
            region_known[rid] = code
            v = votes[rid]
            plurality = bool(v) and v[code] == max(v.values())
            if sum(v.values()) >= MIN_VOTES and v[code] < AGREE * sum(v.values()) and not plurality:
                stats["regions: name match not used for its places (they lie elsewhere)"] += 1
                print(f"  {cc} region {r['name']}: {how} match {code} not used, nearest towns' codes {v.most_common(3)}")
            else:
                region_code[rid] = code
                stats[f"regions: matched by {how}"] += 1

        def admin1_of(r):
            code = region_code.get(r["region_id"])
            if code is None and r["county_name"]:
                # a region GeoNames no longer has (Kenya's old provinces) over counties it has as its first
                # level (Kenya's 47 counties): the county's name says the code
                code = admin1[cc].get(admin_key(r["county_name"]))
                if code is not None:
                    stats["admin1: by county name (region unmatched)"] += 1
            return code if code is not None else nearest_admin1(r)

        # step 5, second way: a county whose own GeoNames id is an admin2 code of its first-level division,
        # or that merges by name into a cities500 town of its division (its namesake seat, within MERGE_KM),
        # shares that code, so its villages and the seat are in one district ("Gereguh, a village in Amedi")
        county_code = {}
        for r in rows:
            if r["placetype"] != "county":
                continue
            a1 = admin1_of(r)
            codes = admin2_codes[cc + "." + a1]
            if r["geonames_id"] in codes:
                county_code[r["wof_id"]] = r["geonames_id"]
                stats["counties: GeoNames admin2 code by the county's GeoNames id"] += 1
                continue
            keys = {name_key(n) for n in [r["name"]] + r["names_eng"].split("|") + r["names_other_latin"].split("|") if n} - {""}
            seat = min(((d, item) for d, item in grid.near(float(r["lat"]), float(r["lon"]), MERGE_KM)
                        if keys & item[2] and item[0] == a1 and item[1] in codes), default=None, key=lambda x: x[0])
            if seat:
                county_code[r["wof_id"]] = seat[1][1]
                stats["counties: GeoNames admin2 code of the namesake seat"] += 1

        for r in rows:
            pt = r["placetype"]
            stats[f"read {pt}"] += 1
            if pt == "country" or r["name"] in EXCLUDE_NAMES:
                stats["skipped: country or excluded"] += 1
                continue
            gid = int(r["geonames_id"]) if r["geonames_id"] else 0
            if gid and gid in gn_ids:
                stats[f"merged by GeoNames id: {pt}"] += 1
                continue
            if gid and gid in seen_gn:
                stats[f"duplicate GeoNames id within WOF: {pt}"] += 1
                continue
            if pt == "region" and region_known.get(r["wof_id"]) in admin1[cc].values():
                stats["skipped: region already a GeoNames first-level division"] += 1
                continue
            name = r["name"]
            eng = [n for n in r["names_eng"].split("|") if n]
            other = [n for n in r["names_other_latin"].split("|") if n]
            ara = [n for n in r["names_ara"].split("|") if n]
            alts = eng + other + ara
            script = script_of(name)
            if script == "cyrillic":
                alts = [name] + alts
                name = kmu(name)
                stats["Cyrillic name romanised (KMU 2010)"] += 1
            elif script == "arabic":
                latin = eng + other
                if not latin:
                    stats["dropped: Arabic-script name without a Latin one"] += 1
                    continue
                alts = [name] + alts
                name = latin[0]
                stats["Arabic-script name replaced by its first English name"] += 1
            lat, lon = float(r["lat"]), float(r["lon"])
            keys = {name_key(n) for n in [name] + eng + other} - {""}
            if any(keys & item[2] for _, item in grid.near(lat, lon, MERGE_KM)):
                stats[f"merged by name within {MERGE_KM:g} km: {pt}"] += 1
                continue
            if gid:
                seen_gn.add(gid)
            a1 = admin1_of(r)
            a2 = ""
            if pt not in ("region",) and r["county_id"]:
                a2 = admin2[cc + "." + a1].get(admin_key(r["county_name"])) if r["county_name"] else None
                if a2:
                    stats["admin2: GeoNames code by county name"] += 1
                elif r["county_id"] in county_code:
                    a2 = county_code[r["county_id"]]
                    stats["admin2: GeoNames code by the county's id or seat"] += 1
                else:
                    a2 = "X" + r["county_id"]
                    if r["county_name"]:
                        admin_out[f"{cc}.{a1}.{a2}"] = r["county_name"]
                    stats["admin2: WOF county (X code)"] += 1
            fclass, fcode = {"locality": ("P", "PPL"), "neighbourhood": ("P", "PPLX"), "macrohood": ("P", "PPLX"),
                             "borough": ("P", "PPLX"), "county": ("A", "ADM2"), "localadmin": ("A", "ADM3"),
                             "region": ("A", "ADMD")}[pt]
            if pt == "region":
                # no GeoNames first-level division of its name: a province that is GeoNames' second level
                # (the Philippines) takes that code, an old or other division (Kenya's Rift Valley, Katanga)
                # is ADMD, GeoNames' undifferentiated division, so it is never coded to a first-level seat
                a2 = next((admin2[cc + "." + a1][admin_key(n)] for n in [name] + eng + other
                           if admin_key(n) in admin2[cc + "." + a1]), "")
                if a2:
                    fcode = "ADM2"
                stats[f"region added as {fcode}"] += 1
            asc = ascii_name(name)
            seen, alt_out = {name, asc}, []
            for a in alts:
                a = a.strip()
                if latin_ok(a) and a not in seen and not (len(a) <= 3 and a.isupper()):
                    seen.add(a)
                    alt_out.append(a)
            out_rows.append([str(gid if gid else -int(r["wof_id"])), name, asc if asc != name else "",
                             "|".join(alt_out), "%.5f" % lat, "%.5f" % lon, fclass, fcode, cc, a1, a2,
                             r["population"] or "0", pt])
            stats[f"added {pt}"] += 1

    # step 6: the size budget, neighbourhoods first
    def write():
        with gz_writer(os.path.join(geo, "wof-places.tsv.gz")) as out:
            for row in out_rows:
                out.write("\t".join(row[:12]) + "\n")
        with gz_writer(os.path.join(geo, "wof-admin.tsv.gz")) as out:
            for code in sorted(admin_out):
                out.write(f"{code}\t{admin_out[code]}\n")
        return sum(os.path.getsize(os.path.join(geo, n)) for n in ("wof-places.tsv.gz", "wof-admin.tsv.gz"))

    size = write()
    while size > MAX_BYTES:
        by_country = collections.Counter(r[8] for r in out_rows if r[12] == "neighbourhood")
        if not by_country:
            sys.exit(f"build-wof: {size} bytes, over {MAX_BYTES} with no neighbourhood left to drop")
        cc = by_country.most_common(1)[0][0]
        stats[f"dropped for size: {cc} neighbourhoods"] = by_country[cc]
        out_rows[:] = [r for r in out_rows if not (r[12] == "neighbourhood" and r[8] == cc)]
        size = write()
    for k in sorted(stats):
        print(f"{k}\t{stats[k]}")
    print(f"wof-places.tsv.gz rows\t{len(out_rows)}")
    print(f"wof-admin.tsv.gz rows\t{len(admin_out)}")
    print(f"bytes (both files)\t{size}")


if __name__ == "__main__":
    main()
