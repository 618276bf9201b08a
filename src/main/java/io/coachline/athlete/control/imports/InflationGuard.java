package io.coachline.athlete.control.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Inflates compressed data while counting what actually comes out, never trusting sizes an archive declares,
 * so a compression bomb is stopped after about a mebibyte instead of filling the heap or the disk.
 */
final class InflationGuard {

    static final long MIB = 1L << 20;
    /** Below this size any ratio is harmless; above it real activity files stay far below {@link #MAX_RATIO}. */
    static final long RATIO_CHECKED_ABOVE = MIB;
    static final int MAX_RATIO = 100;

    private InflationGuard() {
    }

    /** Counts the compressed bytes an inflater has consumed so far. */
    static final class Counted extends FilterInputStream {

        private long count;

        Counted(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(0, n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }

    /** Inflated bytes of one file or entry, refused beyond a limit or a compression ratio as they are read. */
    static final class Guarded extends FilterInputStream {

        private final Counted source;
        private final long compressedStart;
        private final String what;
        private final long limit;
        private final String limitLabel;
        private long inflated;

        /**
         * @param what       names the file or entry in the user-facing message
         * @param limit      the most bytes it may inflate to
         * @param limitLabel describes that limit for the user, e.g. "the 64 MiB per-file limit"
         */
        Guarded(InputStream inflating, Counted source, String what, long limit, String limitLabel) {
            super(inflating);
            this.source = source;
            this.compressedStart = source.count();
            this.what = what;
            this.limit = limit;
            this.limitLabel = limitLabel;
        }

        long inflated() {
            return inflated;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] chunk = new byte[(int) Math.min(8192, Math.max(1, n))];
            int read = read(chunk, 0, chunk.length);
            return Math.max(0, read);
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void counted(int n) {
            inflated += n;
            if (inflated > limit) {
                throw new ImportRejected(what + " expands beyond " + limitLabel + " (possible zip bomb)");
            }
            // The inflater reads ahead a few hundred bytes, so "consumed" slightly overstates the compressed size;
            // that errs on the side of accepting a file, and the margin is negligible at the mebibyte threshold.
            long compressed = Math.max(1, source.count() - compressedStart);
            if (inflated > RATIO_CHECKED_ABOVE && inflated > MAX_RATIO * compressed) {
                throw new ImportRejected(what + " is compressed more than " + MAX_RATIO
                        + ":1, which no activity file is (possible zip bomb)");
            }
        }

        /** Reads to the end, so what a reader left unread is counted (and limited) too. */
        void drain() throws IOException {
            byte[] chunk = new byte[64 * 1024];
            while (read(chunk, 0, chunk.length) >= 0) {
                // counted in read
            }
        }
    }

    /**
     * A .gz file's content as a source that inflates (counted, limited) each time it is opened. It is inflated
     * once here to the end, so a bomb or corrupt stream is refused before any reader sees it.
     *
     * @return null when the file inflates to nothing
     */
    static ImportSource gunzip(String fileName, ImportSource compressed, long maxFileBytes) throws IOException {
        byte[] magic = compressed.head(2);
        if (magic.length < 2 || (magic[0] & 0xFF) != 0x1F || (magic[1] & 0xFF) != 0x8B) {
            throw ImportRejected.of(fileName, "is not gzip-compressed (its content does not match the .gz extension)");
        }
        String label = "the " + maxFileBytes / MIB + " MiB per-file limit";
        ImportSource inflated = () -> {
            Counted source = new Counted(compressed.open());
            return new CorruptionReported(fileName,
                    new Guarded(new GZIPInputStream(source, 64 * 1024), source, fileName, maxFileBytes, label));
        };
        try (InputStream in = inflated.open()) {
            long total = 0;
            byte[] chunk = new byte[64 * 1024];
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                total += n;
            }
            return total == 0 ? null : inflated;
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw ImportRejected.of(fileName, "is truncated or corrupt (" + e.getMessage() + ")", e);
        }
    }

    /** Turns the inflater's I/O errors into a rejection naming the file, whichever reader meets them. */
    private static final class CorruptionReported extends FilterInputStream {

        private final String fileName;

        CorruptionReported(String fileName, InputStream in) {
            super(in);
            this.fileName = fileName;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (java.util.zip.ZipException | java.io.EOFException e) {
                throw ImportRejected.of(fileName, "is truncated or corrupt (" + e.getMessage() + ")", e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (java.util.zip.ZipException | java.io.EOFException e) {
                throw ImportRejected.of(fileName, "is truncated or corrupt (" + e.getMessage() + ")", e);
            }
        }
    }
}
