package org.sitrep.export;

import org.sitrep.model.Source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * ACLED's source_scale from the sources of an event: each source's own scale (a named outlet from
 * {@code export/source-scales.tsv}, an outlet tied to one country by {@code lexicon/publishers.tsv}, or
 * its kind), then ACLED's combination of the narrowest and the widest ("National-International").
 */
public final class SourceScale {
    /** ACLED's scales, narrowest first; a combination names the first and the last present. */
    static final List<String> ORDER = List.of("Other", "New media", "Local", "Subnational", "National", "Regional",
            "International");

    private record Phrase(String[] words, boolean prefix, String scale) {
    }

    private static SourceScale bundled;
    private final List<Phrase> named = new ArrayList<>();
    private final List<Phrase> national = new ArrayList<>();

    private SourceScale() {
    }

    public static synchronized SourceScale bundled() {
        if (bundled == null) {
            SourceScale s = new SourceScale();
            read("/sitrep/export/source-scales.tsv", (phrase, scale) -> {
                if (!ORDER.contains(scale)) {
                    throw new IllegalStateException("source-scales.tsv: '" + scale + "' for '" + phrase
                            + "' is not one of " + ORDER);
                }
                s.named.add(phrase(phrase, scale));
            });
            read("/sitrep/lexicon/publishers.tsv", (phrase, country) -> s.national.add(phrase(phrase, "National")));
            bundled = s;
        }
        return bundled;
    }

    private static Phrase phrase(String p, String scale) {
        boolean prefix = p.endsWith("*");
        return new Phrase(words(prefix ? p.substring(0, p.length() - 1) : p), prefix, scale);
    }

    private static String[] words(String s) {
        return s.toLowerCase(Locale.ROOT).strip().split("[^\\p{L}\\p{N}'-]+");
    }

    private static void read(String resource, BiConsumer<String, String> row) {
        try (InputStream in = SourceScale.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length >= 2) {
                    row.accept(f[0].strip(), f[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The source_scale of an event told by these sources; "Other" when it names none. */
    public String of(List<Source> sources) {
        TreeSet<Integer> seen = new TreeSet<>();
        for (Source s : sources) {
            seen.add(ORDER.indexOf(scale(s)));
        }
        if (seen.isEmpty()) {
            return "Other";
        }
        String low = ORDER.get(seen.first()), high = ORDER.get(seen.last());
        return low.equals(high) ? low : low + "-" + high;
    }

    /** One source's scale. */
    public String scale(Source s) {
        String[] w = words(s.name());
        String byName = match(named, w);
        if (byName != null) {
            return byName;
        }
        return switch (s.kind()) {
            case SOCIAL_MEDIA -> "New media";
            case WITNESS -> "Local";
            case STATE_MEDIA, OFFICIAL, PARTY -> "National";
            default -> match(national, w) != null || !s.country().isEmpty() ? "National" : "Other";
        };
    }

    private static String match(List<Phrase> phrases, String[] w) {
        for (Phrase p : phrases) {
            for (int i = 0; i + p.words().length <= w.length; i++) {
                if (matchesAt(p, w, i)) {
                    return p.scale();
                }
            }
        }
        return null;
    }

    private static boolean matchesAt(Phrase p, String[] w, int at) {
        for (int k = 0; k < p.words().length; k++) {
            boolean last = k == p.words().length - 1;
            String word = w[at + k];
            if (!(word.equals(p.words()[k]) || (last && p.prefix() && word.startsWith(p.words()[k])))) {
                return false;
            }
        }
        return true;
    }
}
