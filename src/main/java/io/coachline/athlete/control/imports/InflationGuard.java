package io.coachline.athlete.control.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Inflates compressed data while counting what actually comes out, never trusting sizes an archive declares,
 * so a compression bomb is stopped after about a mebibyte instead of filling the heap.
 */
final class InflationGuard {

    static final long MIB = 1L << 20;
    /** Below this size any ratio is harmless; above it real activity files stay far below {@link #MAX_RATIO}. */
    static final long RATIO_CHECKED_ABOVE = MIB;
    static final int MAX_RATIO = 100;
    static final long MAX_FILE_BYTES = 64 * MIB;

    private static final int CHUNK = 64 * 1024;

    private InflationGuard() {
    }

    /** Compressed input that can tell how many of its bytes the inflater has consumed so far. */
    static final class CompressedInput extends ByteArrayInputStream {

        CompressedInput(byte[] compressed) {
            super(compressed);
        }

        long consumed() {
            return pos;
        }
    }

    /**
     * Reads {@code inflating} to its end.
     *
     * @param what       names the file or entry in the user-facing message
     * @param limit      the most bytes it may inflate to
     * @param limitLabel describes that limit for the user, e.g. "the 64 MiB per-file limit"
     */
    static byte[] drain(InputStream inflating, CompressedInput source, String what, long limit, String limitLabel)
            throws IOException {
        // The inflater reads ahead a few hundred bytes, so "consumed" slightly overstates the compressed size;
        // that errs on the side of accepting a file, and the margin is negligible at the mebibyte threshold.
        long compressedStart = source.consumed();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        long inflated = 0;
        for (int n = inflating.read(chunk); n >= 0; n = inflating.read(chunk)) {
            inflated += n;
            if (inflated > limit) {
                throw new ImportRejected(what + " expands beyond " + limitLabel + " (possible zip bomb)");
            }
            long compressed = Math.max(1, source.consumed() - compressedStart);
            if (inflated > RATIO_CHECKED_ABOVE && inflated > MAX_RATIO * compressed) {
                throw new ImportRejected(what + " is compressed more than " + MAX_RATIO
                        + ":1, which no activity file is (possible zip bomb)");
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    /** The content of a .gz file, with the same limits as a single zip entry. */
    static byte[] gunzip(String fileName, byte[] content) {
        if (content.length < 2 || (content[0] & 0xFF) != 0x1F || (content[1] & 0xFF) != 0x8B) {
            throw ImportRejected.of(fileName, "is not gzip-compressed (its content does not match the .gz extension)");
        }
        CompressedInput source = new CompressedInput(content);
        try (GZIPInputStream in = new GZIPInputStream(source)) {
            return drain(in, source, fileName, MAX_FILE_BYTES, "the " + MAX_FILE_BYTES / MIB + " MiB per-file limit");
        } catch (IOException e) {
            throw ImportRejected.of(fileName, "is truncated or corrupt (" + e.getMessage() + ")", e);
        }
    }
}
