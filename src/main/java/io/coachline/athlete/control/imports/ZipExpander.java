package io.coachline.athlete.control.imports;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Takes the files out of an uploaded zip (e.g. a Garmin or Strava bulk export) as streams, with limits that stop
 * zip bombs: entry count, total and per-file inflated size, compression ratio and nesting depth, all counted while
 * inflating. Nothing is held in memory: a caller spools or parses each entry as it comes. Entries are read from
 * their local headers in order, so central-directory tricks such as overlapping entries have no effect.
 */
public final class ZipExpander {

    /** How much an archive may unpack to; package-private so tests can exercise each limit cheaply. */
    record Limits(int maxEntries, long maxTotalBytes, long maxEntryBytes, int maxNestingDepth) {
        static final Limits DEFAULT = of(ImportLimits.DEFAULT);

        static Limits of(ImportLimits limits) {
            return new Limits(5_000, limits.maxUploadBytes(), limits.maxFileBytes(), 1);
        }
    }

    /** Receives each file of an archive while it is inflated; what it leaves unread is still counted. */
    @FunctionalInterface
    public interface EntryHandler {
        void accept(String name, InputStream content) throws IOException;
    }

    /** What a check found: the charset the entry names are in, and how many files (not folders or junk) there are. */
    public record Checked(Charset names, int files) {
    }

    private static final Pattern DRIVE_LETTER = Pattern.compile("[A-Za-z]:");
    private static final Charset LEGACY_NAMES = Charset.isSupported("IBM437")
            ? Charset.forName("IBM437") : StandardCharsets.ISO_8859_1;

    private ZipExpander() {
    }

    public static boolean isZip(byte[] content) {
        // A local file header, or the end-of-directory record that is all an empty archive contains.
        return content != null && content.length >= 4 && content[0] == 'P' && content[1] == 'K'
                && ((content[2] == 3 && content[3] == 4) || (content[2] == 5 && content[3] == 6));
    }

    /** The archive's files in memory (for small archives and tests); uploads go through {@link #check} and walk. */
    public static List<ImportEntry> expand(String zipName, byte[] zip) {
        return expand(zipName, zip, Limits.DEFAULT);
    }

    static List<ImportEntry> expand(String zipName, byte[] zip, Limits limits) {
        if (zip == null || zip.length == 0) {
            throw ImportRejected.of(zipName, "is empty");
        }
        ImportSource source = ImportSource.of(zip);
        Checked checked = check(zipName, source, limits);
        List<ImportEntry> entries = new ArrayList<>();
        walk(zipName, source, limits, checked.names(), (name, in) -> entries.add(new ImportEntry(name, in.readAllBytes())));
        return List.copyOf(entries);
    }

    /**
     * Inflates the whole archive once, keeping nothing, so a bomb, a traversal name or a corrupt archive is refused
     * before anything is imported from it.
     */
    public static Checked check(String zipName, ImportSource zip, ImportLimits limits) {
        return check(zipName, zip, Limits.of(limits));
    }

    /** Hands each file of an archive that {@link #check} accepted to the handler, in archive order. */
    public static void walk(String zipName, ImportSource zip, ImportLimits limits, Charset names,
                            EntryHandler handler) {
        walk(zipName, zip, Limits.of(limits), names, handler);
    }

    static Checked check(String zipName, ImportSource zip, Limits limits) {
        try {
            if (!isZip(zip.head(4))) {
                throw ImportRejected.of(zipName, "is not a zip archive (its content does not match the .zip extension)");
            }
        } catch (IOException e) {
            throw ImportRejected.of(zipName, "is not a readable zip archive (" + e.getMessage() + ")", e);
        }
        Checked checked;
        try {
            checked = new Checked(StandardCharsets.UTF_8, walk(zipName, zip, limits, StandardCharsets.UTF_8, null));
        } catch (UndecodableNames e) {
            // Older Windows tools write names in the DOS code page without flagging it; names are only labels here.
            checked = new Checked(LEGACY_NAMES, walk(zipName, zip, limits, LEGACY_NAMES, null));
        }
        if (checked.files() == 0) {
            throw ImportRejected.of(zipName, "contains no readable files");
        }
        return checked;
    }

    private static int walk(String zipName, ImportSource zip, Limits limits, Charset names, EntryHandler handler) {
        Expansion expansion = new Expansion(zipName, limits, names, handler);
        try (InputStream in = zip.open()) {
            expansion.expand("", in, 0);
        } catch (IOException e) {
            throw ImportRejected.of(zipName, "is not a readable zip archive (" + e.getMessage() + ")", e);
        }
        return expansion.files;
    }

    /** One archive's expansion; counters are shared with nested zips so nesting cannot multiply the limits. */
    private static final class Expansion {

        private final String zipName;
        private final Limits limits;
        private final Charset names;
        private final EntryHandler handler;
        private int entryCount;
        private int files;
        private long totalBytes;

        Expansion(String zipName, Limits limits, Charset names, EntryHandler handler) {
            this.zipName = zipName;
            this.limits = limits;
            this.names = names;
            this.handler = handler;
        }

        /** Not closed here: closing a nested archive's stream would close the entry of the outer one. */
        @SuppressWarnings("resource")
        void expand(String prefix, InputStream zip, int depth) throws IOException {
            InflationGuard.Counted source = new InflationGuard.Counted(zip);
            ZipInputStream in = new ZipInputStream(source, names);
            try {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    if (++entryCount > limits.maxEntries()) {
                        throw ImportRejected.of(zipName, "has more than " + limits.maxEntries()
                                + " entries, more than any export holds (possible zip bomb)");
                    }
                    String name = prefix + entry.getName();
                    requireSafeName(name);
                    if (!entry.isDirectory()) {
                        // Junk entries are inflated too (then dropped): skipping them would inflate them unguarded.
                        InflationGuard.Guarded data = guarded(in, source, name);
                        accept(name, data, depth);
                        data.drain();
                        totalBytes += data.inflated();
                    }
                }
            } catch (IllegalArgumentException e) {
                // The only IllegalArgumentException ZipInputStream throws is for a name not valid in the charset.
                throw new UndecodableNames();
            }
        }

        private InflationGuard.Guarded guarded(ZipInputStream in, InflationGuard.Counted source, String name) {
            long remaining = limits.maxTotalBytes() - totalBytes;
            boolean totalBinds = remaining < limits.maxEntryBytes();
            String limitLabel = totalBinds
                    ? "the archive's total limit of " + limits.maxTotalBytes() / InflationGuard.MIB + " MiB"
                    : "the per-file limit of " + limits.maxEntryBytes() / InflationGuard.MIB + " MiB";
            return new InflationGuard.Guarded(in, source, zipName + ": entry '" + name + "'",
                    Math.min(remaining, limits.maxEntryBytes()), limitLabel);
        }

        private void accept(String name, InputStream data, int depth) throws IOException {
            if (isJunk(name)) {
                return;
            }
            BufferedInputStream peek = new BufferedInputStream(data, 8192);
            peek.mark(4);
            byte[] head = peek.readNBytes(4);
            peek.reset();
            if (!isZip(head)) {
                files++;
                if (handler != null) {
                    handler.accept(name, new FilterInputStream(peek) {
                        @Override
                        public void close() {
                            // The archive's stream goes on with the next entry.
                        }
                    });
                }
            } else if (depth < limits.maxNestingDepth()) {
                expand(name + "/", peek, depth + 1);
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
