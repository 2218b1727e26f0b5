package org.sitrep.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One file of the archive and how to read it. The driver lists them (any Hadoop file system: a local path,
 * {@code hdfs://}, {@code s3a://}); each is then read whole by one task, since a gzipped file cannot be split
 * and a WARC's records must be read in order.
 */
record InputFile(String uri, Kind kind, boolean inFolder) implements Serializable {

    enum Kind {
        /** One article a line, as {@code sitrep extract --input}. */
        JSONL,
        /** One article, plain text or HTML (told apart by content), with an optional NAME.json beside it. */
        FILE,
        /** Web archive: every HTML response is a page. */
        WARC
    }

    /** What a name says the file holds, or null for a file a folder holds that is no article (sidecars, logs). */
    static Kind kindOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (String z : new String[] {".gz", ".bz2", ".deflate", ".zst"}) {
            if (n.endsWith(z) && !n.endsWith(".warc.gz")) {
                n = n.substring(0, n.length() - z.length());
                break;
            }
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return Kind.JSONL;
        }
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
            return Kind.WARC;
        }
        if (n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm")) {
            return Kind.FILE;
        }
        return null;
    }

    /** The listing of the driver: the inputs, folders walked, globs expanded. */
    record Listing(List<InputFile> files, int passedOver) {
    }

    /**
     * Expands the inputs: a file stands for itself (read as an article when its name says nothing else), a
     * folder for the article files under it, a glob for its matches. Names starting with '_' or '.' are
     * Hadoop's bookkeeping and are left alone inside folders.
     */
    static Listing list(List<String> inputs, Configuration conf) {
        List<InputFile> out = new ArrayList<>();
        int passedOver = 0;
        for (String input : inputs) {
            Path p = new Path(input);
            try {
                FileSystem fs = p.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(p);
                if (matches == null || matches.length == 0) {
                    throw new IllegalArgumentException("input " + input + ": no such file or folder");
                }
                for (FileStatus m : matches) {
                    if (!m.isDirectory()) {
                        Kind k = kindOf(m.getPath().getName());
                        out.add(new InputFile(m.getPath().toString(), k == null ? Kind.FILE : k, false));
                        continue;
                    }
                    RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
                    while (it.hasNext()) {
                        Path f = it.next().getPath();
                        if (hidden(m.getPath(), f)) {
                            continue;
                        }
                        Kind k = kindOf(f.getName());
                        if (k == null) {
                            // a report's NAME.json sidecar is read with the report; anything else is named in the summary
                            passedOver += f.getName().endsWith(".json") ? 0 : 1;
                        } else {
                            out.add(new InputFile(f.toString(), k, true));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("input " + input + ": cannot list (" + e.getMessage() + ")", e);
            }
        }
        out.sort(java.util.Comparator.comparing(InputFile::uri));
        return new Listing(List.copyOf(out), passedOver);
    }

    /** Whether a file under {@code root} lies in, or is, a hidden or bookkeeping entry ('_SUCCESS', '.crc'). */
    private static boolean hidden(Path root, Path f) {
        for (Path q = f; q != null && !q.equals(root); q = q.getParent()) {
            String n = q.getName();
            if (n.startsWith("_") || n.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
