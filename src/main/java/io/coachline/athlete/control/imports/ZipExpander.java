package io.coachline.athlete.control.imports;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Takes the files out of an uploaded zip (e.g. a Garmin or Strava bulk export) in memory, with limits that stop
 * zip bombs: entry count, total and per-file inflated size, compression ratio and nesting depth. Entries are read
 * from their local headers in order, so central-directory tricks such as overlapping entries have no effect.
 */
public final class ZipExpander {

    /** How much an archive may unpack to; package-private so tests can exercise each limit cheaply. */
    record Limits(int maxEntries, long maxTotalBytes, long maxEntryBytes, int maxNestingDepth) {
        static final Limits DEFAULT = new Limits(5_000, 512 * InflationGuard.MIB, InflationGuard.MAX_FILE_BYTES, 1);
    }

    private static final Pattern DRIVE_LETTER = Pattern.compile("[A-Za-z]:");
    private static final Charset LEGACY_NAMES = Charset.isSupported("IBM437")
            ? Charset.forName("IBM437") : StandardCharsets.ISO_8859_1;

    private ZipExpander() {
    }

    /** The archive's files, skipping folders and macOS metadata; a zip inside it is expanded in place. */
    public static List<ImportEntry> expand(String zipName, byte[] zip) {
        return expand(zipName, zip, Limits.DEFAULT);
    }

    public static boolean isZip(byte[] content) {
        // A local file header, or the end-of-directory record that is all an empty archive contains.
        return content != null && content.length >= 4 && content[0] == 'P' && content[1] == 'K'
                && ((content[2] == 3 && content[3] == 4) || (content[2] == 5 && content[3] == 6));
    }

    static List<ImportEntry> expand(String zipName, byte[] zip, Limits limits) {
        if (zip == null || zip.length == 0) {
            throw ImportRejected.of(zipName, "is empty");
        }
        if (!isZip(zip)) {
            throw ImportRejected.of(zipName, "is not a zip archive (its content does not match the .zip extension)");
        }
        Expansion expansion;
        try {
            expansion = new Expansion(zipName, limits, StandardCharsets.UTF_8).run(zip);
        } catch (UndecodableNames e) {
            // Older Windows tools write names in the DOS code page without flagging it; names are only labels here.
            expansion = new Expansion(zipName, limits, LEGACY_NAMES).run(zip);
        }
        if (expansion.entries.isEmpty()) {
            throw ImportRejected.of(zipName, "contains no readable files");
        }
        return List.copyOf(expansion.entries);
    }

    /** One archive's expansion; counters are shared with nested zips so nesting cannot multiply the limits. */
    private static final class Expansion {

        private final String zipName;
        private final Limits limits;
        private final Charset names;
        private final List<ImportEntry> entries = new ArrayList<>();
        private int entryCount;
        private long totalBytes;

        Expansion(String zipName, Limits limits, Charset names) {
            this.zipName = zipName;
            this.limits = limits;
            this.names = names;
        }

        Expansion run(byte[] zip) {
            expand("", zip, 0);
            return this;
        }

        void expand(String prefix, byte[] zip, int depth) {
            InflationGuard.CompressedInput source = new InflationGuard.CompressedInput(zip);
            try (ZipInputStream in = new ZipInputStream(source, names)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    if (++entryCount > limits.maxEntries()) {
                        throw ImportRejected.of(zipName, "has more than " + limits.maxEntries()
                                + " entries, more than any export holds (possible zip bomb)");
                    }
                    String name = prefix + entry.getName();
                    requireSafeName(name);
                    if (!entry.isDirectory()) {
                        // Junk entries are inflated too (then dropped): skipping them would inflate them unguarded.
                        byte[] data = inflate(in, source, name);
                        if (!isJunk(name)) {
                            accept(name, data, depth);
                        }
                    }
                }
            } catch (IOException e) {
                throw ImportRejected.of(zipName, "is not a readable zip archive (" + e.getMessage() + ")", e);
            } catch (IllegalArgumentException e) {
                // The only IllegalArgumentException ZipInputStream throws is for a name not valid in the charset.
                throw new UndecodableNames();
            }
        }

        private byte[] inflate(ZipInputStream in, InflationGuard.CompressedInput source, String name)
                throws IOException {
            long remaining = limits.maxTotalBytes() - totalBytes;
            boolean totalBinds = remaining < limits.maxEntryBytes();
            String limitLabel = totalBinds
                    ? "the archive's total limit of " + limits.maxTotalBytes() / InflationGuard.MIB + " MiB"
                    : "the per-file limit of " + limits.maxEntryBytes() / InflationGuard.MIB + " MiB";
            byte[] data = InflationGuard.drain(in, source, zipName + ": entry '" + name + "'",
                    Math.min(remaining, limits.maxEntryBytes()), limitLabel);
            totalBytes += data.length;
            return data;
        }

        private void accept(String name, byte[] data, int depth) {
            if (!isZip(data)) {
                entries.add(new ImportEntry(name, data));
            } else if (depth < limits.maxNestingDepth()) {
                expand(name + "/", data, depth + 1);
            } else {
                throw ImportRejected.of(zipName, "entry '" + name + "' is a zip nested more than "
                        + limits.maxNestingDepth() + " level deep, which exports never do (possible zip bomb)");
            }
        }

        /** Names are only labels here, but a traversal name marks a hostile archive, and the caller may save files. */
        private void requireSafeName(String name) {
            String normalised = name.replace('\\', '/');
            boolean traversal = normalised.startsWith("/") || DRIVE_LETTER.matcher(normalised).lookingAt()
                    || normalised.indexOf('\0') >= 0
                    || List.of(normalised.split("/")).contains("..");
            if (traversal) {
                throw ImportRejected.of(zipName, "contains the unsafe path '" + name
                        + "' (absolute or leading out of the archive); the archive was rejected");
            }
        }
    }

    /** An entry name that is not valid UTF-8 although the archive did not say it uses another charset. */
    private static final class UndecodableNames extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UndecodableNames() {
            super(null, null, false, false);
        }
    }

    private static boolean isJunk(String name) {
        String normalised = name.replace('\\', '/');
        String base = normalised.substring(normalised.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return normalised.startsWith("__MACOSX/") || normalised.contains("/__MACOSX/")
                || base.equals(".ds_store") || base.startsWith("._") || base.equals("thumbs.db");
    }
}
