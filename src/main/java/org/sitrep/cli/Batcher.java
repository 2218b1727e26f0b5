package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Hands items on in batches as a reader pushes them: a batch is processed as soon as it is full, so
 * an input of any length (a JSONL file of a million articles) needs memory for one batch only.
 */
final class Batcher<T> implements Consumer<T> {
    private final int size;
    private final Consumer<List<T>> process;
    private List<T> batch = new ArrayList<>();

    Batcher(int size, Consumer<List<T>> process) {
        this.size = size;
        this.process = process;
    }

    @Override
    public void accept(T item) {
        batch.add(item);
        if (batch.size() >= size) {
            flush();
        }
    }

    /** Processes what is waiting; the end of the input calls it for the last, partial batch. */
    void flush() {
        if (!batch.isEmpty()) {
            List<T> b = batch;
            batch = new ArrayList<>();
            process.accept(b);
        }
    }
}
