package org.sitrep.serve;

/** Reports written for the server tests: id, publication date, text, outlet. */
final class Fixtures {
    static final String[][] ARTICLES = {
        {"saraqib", "2020-02-04", "Three civilians were killed and six others wounded on Monday when government forces "
                + "shelled the town of Saraqib in Idlib province, the Syrian Observatory for Human Rights said.", "Enab Baladi"},
        {"mosul", "2019-11-04", "Two Iraqi soldiers were killed on Sunday when a roadside bomb exploded beside their patrol "
                + "south of Mosul, a security source said.", "Shafaq News"},
        {"basra", "2018-07-16", "Hundreds of people protested peacefully on Sunday outside the provincial council building "
                + "in Basra, demanding jobs and electricity.", "Reuters"},
        {"hakkari", "2018-07-12", "Two Turkish soldiers were killed and three others wounded on Wednesday in a firefight with "
                + "PKK militants in the rural area of Hakkari province, the governor's office said.", "Anadolu Agency"},
        {"benghazi", "2017-06-06", "Forces loyal to the eastern commander fought Islamist militants in Benghazi on Monday. "
                + "Seven soldiers were killed, a military spokesman said. <script>window.__xss = 1</script>"
                + " <img src=x onerror=\"window.__xss = 2\">", "Libya Observer"},
    };

    private Fixtures() {
    }

    /** Extracts and stores every fixture article. */
    static void storeAll(org.sitrep.store.EventStore store) {
        for (String[] a : ARTICLES) {
            org.sitrep.model.Article art = new org.sitrep.model.Article(a[0], a[2], java.time.LocalDate.parse(a[1]), a[3],
                    null, "en");
            store.store(art, org.sitrep.TestEngine.extractor().extract(art));
        }
    }
}
