package org.sitrep.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Short reports written for the tests, varied by a seeded random generator: never real text. */
final class Reports {
    private static final String[] TOWNS = {"Saraqib", "Maarat al-Numan", "Jisr al-Shughur", "Kafr Nabl", "Ariha", "Atarib",
        "Manbij", "Al-Bab", "Jarablus", "Azaz", "Tall Abyad", "Ras al-Ain", "Qamishli", "Amuda", "Darbasiyah", "Tal Tamr",
        "Hajin", "Al Bukamal", "Al-Mayadin", "Palmyra", "Mosul", "Tikrit", "Baiji", "Samarra", "Kirkuk", "Tuz Khurmatu",
        "Fallujah", "Ramadi", "Baqubah", "Sinjar"};
    private static final String[] TEMPLATES = {
        "%d civilians were killed and %d others wounded on %s when government forces shelled %s, a war monitor said.",
        "Clashes between the army and Islamic State militants near %4$s on %3$s left %1$d fighters dead and %2$d wounded, local sources said.",
        "A roadside bomb exploded near %4$s on %3$s, killing %1$d soldiers and wounding %2$d, a security source said.",
        "Gunmen abducted %1$d aid workers in %4$s on %3$s, residents said; %2$d others escaped.",
        "Hundreds of people protested in %4$s on %3$s against power cuts; police detained %1$d of them and %2$d were hurt.",
        "An air strike hit a market in %4$s on %3$s, killing %1$d people and injuring %2$d, the Observatory said.",
    };
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    private Reports() {
    }

    /** {@code n} distinct reports as JSONL lines, each with its own id, date and outlet. */
    static List<String> jsonl(int n, long seed) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String t = String.format(TEMPLATES[r.nextInt(TEMPLATES.length)], 2 + r.nextInt(20), 1 + r.nextInt(30),
                    DAYS[r.nextInt(7)], TOWNS[r.nextInt(TOWNS.length)]);
            LocalDate pub = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(700));
            out.add("{\"id\":\"r" + i + "\",\"source\":\"Outlet " + (i % 7) + "\",\"published\":\"" + pub + "\",\"text\":\""
                    + t + " Report number " + i + ".\"}");
        }
        return out;
    }
}
