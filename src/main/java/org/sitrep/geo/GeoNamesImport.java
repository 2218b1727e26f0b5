package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipFile;

/**
 * Converts a GeoNames dump (allCountries.txt, a country file such as SY.txt, or their .zip) into a
 * Sitrep place file in the user's gazetteer directory, in the columns {@link GazetteerField} declares.
 * Populated places and administrative divisions are kept; alternate names in Latin script only, as the
 * bundled build does. The file is written beside its final name and moved in place, so a failed import
 * leaves the previous gazetteer untouched.
 */
public final class GeoNamesImport {
    /** Columns of a GeoNames dump line. */
    private static final int GN_COLUMNS = 19;

    public record Summary(Path file, long places, long skipped) {
    }

    private GeoNamesImport() {
    }

    public static Summary run(Path dump, Path gazetteerDir) {
        String base = dump.getFileName().toString().replaceAll("\\.(txt|zip)$", "");
        Path target = gazetteerDir.resolve("geonames-" + base + ".tsv.gz");
        Path tmp = gazetteerDir.resolve("geonames-" + base + ".tsv.gz.part");
        try {
            Files.createDirectories(gazetteerDir);
            long[] counts = new long[2];
            try (InputStream in = open(dump);
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                         .onMalformedInput(CodingErrorAction.REPORT)), 1 << 16);
                 BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                         new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16), StandardCharsets.UTF_8))) {
                String line;
                long lineNo = 0;
                while ((line = r.readLine()) != null) {
                    lineNo++;
                    String[] c = line.split("\t", -1);
                    if (c.length < GN_COLUMNS) {
                        throw new IllegalArgumentException(dump + " line " + lineNo + ": expected " + GN_COLUMNS
                                + " tab-separated GeoNames columns, got " + c.length);
                    }
                    String fclass = c[6];
                    if (!fclass.equals("P") && !fclass.equals("A")) {
                        counts[1]++;
                        continue;
                    }
                    w.write(row(c));
                    w.write('\n');
                    counts[0]++;
                }
            }
            if (counts[0] == 0) {
                Files.deleteIfExists(tmp);
                throw new IllegalArgumentException(dump + ": no populated places or administrative divisions in it");
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Summary(target, counts[0], counts[1]);
        } catch (java.nio.charset.CharacterCodingException e) {
            deleteQuietly(tmp);
            throw new IllegalArgumentException(dump + ": not UTF-8 text; GeoNames dumps are UTF-8", e);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UncheckedIOException("cannot import " + dump + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the .part file is only ever read by a later import, which overwrites it
        }
    }

    private static InputStream open(Path dump) throws IOException {
        if (dump.toString().endsWith(".zip")) {
            ZipFile z = new ZipFile(dump.toFile());
            var entry = z.stream().filter(e -> e.getName().endsWith(".txt") && !e.getName().startsWith("readme"))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException(dump + ": no .txt dump inside the zip"));
            InputStream in = z.getInputStream(entry);
            return new java.io.FilterInputStream(in) {
                @Override
                public void close() throws IOException {
                    super.close();
                    z.close();
                }
            };
        }
        return Files.newInputStream(dump);
    }

    /** One Sitrep place row from one GeoNames row. */
    static String row(String[] c) {
        String name = c[1], ascii = c[2];
        StringBuilder alts = new StringBuilder();
        for (String a : c[3].split(",")) {
            a = a.strip();
            if (a.isEmpty() || a.equals(name) || a.equals(ascii) || !latin(a) || a.chars().anyMatch(Character::isDigit)
                    || a.indexOf(GazetteerField.NAME_SEPARATOR) >= 0 || (a.length() <= 3 && a.equals(a.toUpperCase()))) {
                continue;
            }
            if (alts.length() > 0) {
                alts.append(GazetteerField.NAME_SEPARATOR);
            }
            alts.append(a);
        }
        String[] out = new String[GazetteerField.count()];
        out[GazetteerField.GEONAMES_ID.column()] = c[0];
        out[GazetteerField.NAME.column()] = name;
        out[GazetteerField.ASCII_NAME.column()] = ascii.equals(name) ? "" : ascii;
        out[GazetteerField.ALTERNATE_NAMES.column()] = alts.toString();
        out[GazetteerField.LATITUDE.column()] = c[4];
        out[GazetteerField.LONGITUDE.column()] = c[5];
        out[GazetteerField.FEATURE_CLASS.column()] = c[6];
        out[GazetteerField.FEATURE_CODE.column()] = c[7];
        out[GazetteerField.COUNTRY_CODE.column()] = c[8];
        out[GazetteerField.ADMIN1_CODE.column()] = c[10];
        out[GazetteerField.ADMIN2_CODE.column()] = c[11];
        out[GazetteerField.POPULATION.column()] = c[14].isEmpty() ? "0" : c[14];
        return String.join("\t", out);
    }

    private static boolean latin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isLetter(ch) && Character.UnicodeScript.of(ch) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        return true;
    }
}
