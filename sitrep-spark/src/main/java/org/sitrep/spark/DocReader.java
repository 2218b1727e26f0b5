package org.sitrep.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.InputProblem;
import org.sitrep.ingest.Item;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads one input file into articles, streaming: a file of ten million lines is never held whole. Every
 * problem becomes a {@link Doc} with its reason, as {@code sitrep extract} reports it, and reading goes on.
 * Compressed files (gzip and whatever else Hadoop has a codec for) are decompressed by their name.
 */
final class DocReader {
    private DocReader() {
    }

    /** The articles of one file; the iterator is also {@link Closeable}, for a task that ends early. */
    static CloseableIterator read(InputFile f, Configuration conf) {
        Path path = new Path(f.uri());
        try {
            return switch (f.kind()) {
                case JSONL -> new JsonlDocs(f, open(path, conf, true));
                case WARC -> new WarcDocs(f.uri(), path.getFileSystem(conf).open(path));
                case FILE -> CloseableIterator.of(List.of(file(path, conf)));
            };
        } catch (IOException e) {
            return CloseableIterator.of(List.of(Doc.bad(f.uri(), f.uri() + ": cannot read (" + e.getMessage() + ")")));
        }
    }

    /** An iterator that holds a stream open until it is drained or closed. */
    interface CloseableIterator extends Iterator<Doc>, Closeable {
        @Override
        void close();

        static CloseableIterator of(List<Doc> docs) {
            Iterator<Doc> it = docs.iterator();
            return new CloseableIterator() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Doc next() {
                    return it.next();
                }

                @Override
                public void close() {
                }
            };
        }
    }

    private static InputStream open(Path path, Configuration conf, boolean decompress) throws IOException {
        FileSystem fs = path.getFileSystem(conf);
        InputStream in = fs.open(path);
        CompressionCodec codec = decompress ? new CompressionCodecFactory(conf).getCodec(path) : null;
        return codec == null ? in : codec.createInputStream(in);
    }

    /**
     * One text or HTML article. A plain local file goes straight to the core's reader, so its id, sidecar and
     * checks are exactly those of {@code sitrep extract FILE}; a compressed or remote one is first copied, with
     * its sidecars, into a scratch folder and read from there the same way.
     */
    static Doc file(Path path, Configuration conf) {
        String uri = path.toString();
        try {
            boolean compressed = new CompressionCodecFactory(conf).getCodec(path) != null;
            if ("file".equals(path.toUri().getScheme()) && !compressed) {
                java.nio.file.Path local = java.nio.file.Path.of(path.toUri());
                return toDoc(ArticleReader.file(local), local.toString(), null, null);
            }
            java.nio.file.Path scratch = Files.createTempDirectory("sitrep-archive");
            try {
                String name = compressed ? CompressionCodecFactory.removeSuffix(path.getName(),
                        new CompressionCodecFactory(conf).getCodec(path).getDefaultExtension()) : path.getName();
                java.nio.file.Path copy = scratch.resolve(name);
                try (InputStream in = open(path, conf, true)) {
                    // no more than one article's worth: the core's reader refuses anything larger with its reason
                    Files.write(copy, in.readNBytes(org.sitrep.ingest.TextChecks.MAX_ARTICLE_BYTES + 1));
                }
                FileSystem fs = path.getFileSystem(conf);
                String base = name.replaceAll("\\.[^.]+$", "");
                for (String sidecar : new String[] {base + ".json", "article.json"}) {
                    Path remote = new Path(path.getParent(), sidecar);
                    if (!sidecar.equals(name) && fs.exists(remote)) {
                        try (InputStream in = fs.open(remote)) {
                            Files.write(scratch.resolve(sidecar), in.readNBytes(1 << 20));
                        }
                    }
                }
                return toDoc(ArticleReader.file(copy), uri, copy.toString(), uri);
            } finally {
                deleteTree(scratch);
            }
        } catch (IOException e) {
            return Doc.bad(uri, uri + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** The core's item as a doc; problems about the scratch copy are told about the original. */
    private static Doc toDoc(Item item, String input, String scratchName, String uri) {
        if (item.problem() != null) {
            String m = item.problem().getMessage();
            return Doc.bad(input, scratchName == null ? m : m.replace(scratchName, uri));
        }
        return Doc.of(input, item.article());
    }

    private static void deleteTree(java.nio.file.Path dir) {
        try (var s = Files.walk(dir)) {
            for (java.nio.file.Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the scratch folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * An iterator that reads one document ahead: {@link #advance} sets {@code next} (a document, good or bad)
     * or {@code done}; JSONL and WARC readers differ only in how they advance.
     */
    abstract static class Lookahead implements CloseableIterator {
        protected Doc next;
        protected boolean done;

        /** Reads on: sets {@link #next}, or {@link #done} at the end of the input. */
        protected abstract void advance();

        @Override
        public boolean hasNext() {
            while (next == null && !done) {
                advance();
            }
            return next != null;
        }

        @Override
        public Doc next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Doc d = next;
            next = null;
            return d;
        }
    }

    /**
     * A JSONL file, line by line, with the line numbers and checks of {@code sitrep extract --input}: an article
     * without an "id" is "line-N", and the first byte that is not UTF-8 ends the file with its reason.
     */
    static final class JsonlDocs extends Lookahead {
        private final InputFile file;
        private final BufferedReader reader;
        private int lineNo;
        private boolean checkedFirst;

        JsonlDocs(InputFile file, InputStream in) {
            this.file = file;
            this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        }

        @Override
        protected void advance() {
            String where = file.uri() + " line " + (lineNo + 1);
            String line;
            try {
                line = reader.readLine();
            } catch (CharacterCodingException e) {
                finish(Doc.bad(where, where + ": not valid UTF-8; the rest of the file is skipped"));
                return;
            } catch (IOException e) {
                finish(Doc.bad(where, where + ": cannot read (" + e.getMessage() + "); the rest of the file is skipped"));
                return;
            }
            if (line == null) {
                finish(null);
                return;
            }
            lineNo++;
            if (line.isBlank()) {
                return;
            }
            if (!checkedFirst) {
                checkedFirst = true;
                // as `sitrep ingest FOLDER` does: gold files and other JSON lines beside the articles are passed over
                if (file.inFolder() && !line.contains("\"text\"")) {
                    finish(Doc.bad(file.uri(), file.uri() + ": passed over, holds no articles (no \"text\" on its first line)"));
                    return;
                }
            }
            try {
                next = Doc.of(where, ArticleReader.parseLine(where, line, lineNo));
            } catch (InputProblem p) {
                next = Doc.bad(where, p.getMessage());
            }
        }

        private void finish(Doc last) {
            next = last;
            done = true;
            close();
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException e) {
                // nothing was written: a failed close of a read stream loses nothing
            }
        }
    }
}
