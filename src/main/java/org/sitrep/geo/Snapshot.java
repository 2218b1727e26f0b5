package org.sitrep.geo;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The packed places and their name index ({@link PlaceStore}, {@link KeyIndex}) as one file in the data
 * directory, written after a load from the place files and read back on later starts: reading arrays back
 * takes a fraction of parsing 850,000 lines and folding two million names. A file of another format, or
 * made from other place files or another name folding ({@link #signature}), is not read; the places are
 * parsed again and the file rewritten.
 */
final class Snapshot {
    /** Raise when the layout below changes. */
    static final int FORMAT = 1;
    private static final long MAGIC = 0x5349545245504753L; // "SITREPGS"

    private Snapshot() {
    }

    /** What a snapshot must have been made from: the format, the folding, and the place files' identities. */
    static String signature(List<String> sourceIdentities) {
        return "format " + FORMAT + "; keys " + NameKey.FOLDING + "; " + String.join("; ", sourceIdentities);
    }

    /** A classpath resource's name and size. */
    static String urlIdentity(String name, java.net.URL url) {
        try {
            return name + " " + url.openConnection().getContentLengthLong();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer resource " + name + ": " + e.getMessage(), e);
        }
    }

    static String fileIdentity(Path p) {
        try {
            return p.toAbsolutePath() + " " + Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }

    /** The jar Sitrep runs from (size and time), when it runs from one: a new release parses afresh. */
    static String codeIdentity() {
        try {
            var src = Snapshot.class.getProtectionDomain().getCodeSource();
            Path p = src == null ? null : Path.of(src.getLocation().toURI());
            return p != null && Files.isRegularFile(p) ? "code " + Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis()
                    : "code classes";
        } catch (java.net.URISyntaxException | IOException | SecurityException e) {
            throw new IllegalStateException("cannot tell which build of Sitrep is running: " + e.getMessage(), e);
        }
    }

    /** The snapshot at {@code file} if it exists and was made from {@code signature}; else empty. */
    static Optional<PlaceStore> read(Path file, String signature) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readLong() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(signature)) {
                return Optional.empty(); // another version's or other files': parse again and replace it
            }
            return Optional.of(PlaceStore.readFrom(new In(in)));
        } catch (EOFException e) {
            return Optional.empty(); // cut short (a write interrupted before the atomic move existed): rebuild
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer snapshot " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code store} to {@code file} through a temporary file, so that a reader never sees half of it. */
    static void write(Path file, String signature, PlaceStore store) {
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            // a file of its own: two processes starting at once each write theirs, and the last move wins
            tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeLong(MAGIC);
                out.writeInt(FORMAT);
                out.writeUTF(signature);
                store.writeTo(new Out(out));
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw new UncheckedIOException("cannot write the gazetteer snapshot " + file + ": " + e.getMessage(), e);
        }
    }

    /** Arrays and strings out, lengths first, arrays in bulk. */
    static final class Out {
        private final DataOutputStream out;

        Out(DataOutputStream out) {
            this.out = out;
        }

        void ints(int... v) throws IOException {
            ByteBuffer b = buffer(v.length, 4);
            b.asIntBuffer().put(v);
            block(b, v.length);
        }

        void longs(long[] v) throws IOException {
            ByteBuffer b = buffer(v.length, 8);
            b.asLongBuffer().put(v);
            block(b, v.length);
        }

        void shorts(short[] v) throws IOException {
            ByteBuffer b = buffer(v.length, 2);
            b.asShortBuffer().put(v);
            block(b, v.length);
        }

        void chars(char[] v) throws IOException {
            ByteBuffer b = buffer(v.length, 2);
            b.asCharBuffer().put(v);
            block(b, v.length);
        }

        void bytes(byte[] v) throws IOException {
            out.writeInt(v.length);
            out.write(v);
        }

        void strings(String[] v) throws IOException {
            out.writeInt(v.length);
            for (String s : v) {
                out.writeUTF(s);
            }
        }

        void entries(List<GeoEntry> v) throws IOException {
            out.writeInt(v.size());
            for (GeoEntry e : v) {
                out.writeLong(e.geonamesId());
                out.writeUTF(e.name());
                out.writeUTF(e.asciiName() == null ? "" : e.asciiName());
                out.writeDouble(e.latitude());
                out.writeDouble(e.longitude());
                out.writeChar(e.featureClass());
                out.writeUTF(e.featureCode());
                out.writeUTF(e.countryCode());
                out.writeUTF(e.admin1());
                out.writeUTF(e.admin2());
                out.writeLong(e.population());
            }
        }

        private static ByteBuffer buffer(int n, int width) {
            return ByteBuffer.allocate(Math.multiplyExact(n, width)).order(ByteOrder.LITTLE_ENDIAN);
        }

        private void block(ByteBuffer b, int n) throws IOException {
            out.writeInt(n);
            out.write(b.array());
        }
    }

    /** The reading side of {@link Out}. */
    static final class In {
        private final DataInputStream in;

        In(DataInputStream in) {
            this.in = in;
        }

        int[] ints() throws IOException {
            int n = length();
            int[] v = new int[n];
            block(n, 4).asIntBuffer().get(v);
            return v;
        }

        long[] longs() throws IOException {
            int n = length();
            long[] v = new long[n];
            block(n, 8).asLongBuffer().get(v);
            return v;
        }

        short[] shorts() throws IOException {
            int n = length();
            short[] v = new short[n];
            block(n, 2).asShortBuffer().get(v);
            return v;
        }

        char[] chars() throws IOException {
            int n = length();
            char[] v = new char[n];
            block(n, 2).asCharBuffer().get(v);
            return v;
        }

        byte[] bytes() throws IOException {
            byte[] v = new byte[length()];
            in.readFully(v);
            return v;
        }

        String[] strings() throws IOException {
            String[] v = new String[length()];
            for (int i = 0; i < v.length; i++) {
                v[i] = in.readUTF();
            }
            return v;
        }

        List<GeoEntry> entries() throws IOException {
            int n = length();
            List<GeoEntry> v = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                v.add(new GeoEntry(in.readLong(), in.readUTF(), in.readUTF(), in.readDouble(), in.readDouble(), in.readChar(),
                        in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(), in.readLong()));
            }
            return v;
        }

        private int length() throws IOException {
            int n = in.readInt();
            if (n < 0) {
                throw new IOException("negative array length " + n + ": the snapshot is damaged");
            }
            return n;
        }

        private ByteBuffer block(int n, int width) throws IOException {
            byte[] b = new byte[Math.multiplyExact(n, width)];
            in.readFully(b);
            return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        }
    }
}
