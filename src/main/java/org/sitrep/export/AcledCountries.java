package org.sitrep.export;

import org.sitrep.model.Place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ACLED's country table ({@code geo/acled-countries.tsv}, built by scripts/build-acled-countries.py):
 * for every ISO 3166 country the numeric code, the name and the region ACLED's exports write.
 */
public final class AcledCountries {
    static final String RESOURCE = "/sitrep/geo/acled-countries.tsv";

    /** One country as ACLED writes it; {@code numeric} is ISO 3166's numeric code (0 for Kosovo, as ACLED has it). */
    public record Country(String iso2, String iso3, int numeric, String name, String region) {
    }

    private static AcledCountries bundled;

    private final Map<String, Country> byIso2 = new HashMap<>();
    private final Map<String, Country> byIso3 = new HashMap<>();
    private final Map<String, Country> byName = new HashMap<>();

    private AcledCountries() {
    }

    public static synchronized AcledCountries bundled() {
        if (bundled == null) {
            bundled = load();
        }
        return bundled;
    }

    private static AcledCountries load() {
        AcledCountries t = new AcledCountries();
        try (InputStream in = AcledCountries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 5) {
                    throw new IllegalStateException(RESOURCE + " line " + no + ": expected iso2, iso3, iso, country, region");
                }
                Country c = new Country(f[0], f[1], Integer.parseInt(f[2]), f[3], f[4]);
                t.byIso2.put(c.iso2(), c);
                t.byIso3.put(c.iso3(), c);
                t.byName.put(c.name().toLowerCase(Locale.ROOT), c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
        // the gazetteer writes Kosovo's alpha-3 as UNK, as world-countries does
        t.byIso3.putIfAbsent("UNK", t.byIso2.get("XK"));
        return t;
    }

    /** The country of a place: by its ISO codes, then by its name; empty for a place in no known country. */
    public Optional<Country> of(Place p) {
        if (p == null) {
            return Optional.empty();
        }
        Country c = byIso2.get(p.countryCode());
        if (c == null) {
            c = byIso3.get(p.iso3());
        }
        return c != null ? Optional.of(c) : byName(p.country());
    }

    /** By ACLED's name or the gazetteer's ("Türkiye" is not ACLED's, so it falls back to nothing). */
    public Optional<Country> byName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    public Optional<Country> byIso3(String iso3) {
        return iso3 == null ? Optional.empty() : Optional.ofNullable(byIso3.get(iso3.strip().toUpperCase(Locale.ROOT)));
    }

    public Optional<Country> byIso2(String iso2) {
        return iso2 == null ? Optional.empty() : Optional.ofNullable(byIso2.get(iso2.strip().toUpperCase(Locale.ROOT)));
    }

    /** Every country, for tests that hold the table to ACLED's regions. */
    public java.util.Collection<Country> all() {
        return java.util.Collections.unmodifiableCollection(byIso2.values());
    }
}
