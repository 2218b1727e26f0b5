package org.sitrep.ingest;

import org.sitrep.model.Article;

/** One input of a batch: an article, or the problem that kept it from being one. Exactly one is set. */
public record Item(String name, Article article, InputProblem problem) {
    public Item {
        if ((article == null) == (problem == null)) {
            throw new IllegalArgumentException("an item is either an article or a problem: " + name);
        }
    }

    public static Item ok(String name, Article a) {
        return new Item(name, a, null);
    }

    public static Item bad(InputProblem p) {
        return new Item(p.getMessage(), null, p);
    }
}
