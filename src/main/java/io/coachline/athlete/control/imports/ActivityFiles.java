package io.coachline.athlete.control.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The entry point for importing one uploaded activity file of any supported format. */
public final class ActivityFiles {

    private static final String SUPPORTED = ".fit, .gpx, .tcx or a Strava activities.csv (each optionally .gz)";
    private static final List<String> FORMATS = List.of("fit", "gpx", "tcx", "csv");

    private ActivityFiles() {
    }

    /** {@link #parse(String, ImportSource, ImportLimits)} of content in memory, with the default limits. */
    public static List<ParsedActivity> parse(String fileName, byte[] content) {
        String name = fileName == null || fileName.isBlank() ? "(unnamed file)" : fileName;
        if (content == null || content.length == 0) {
            throw ImportRejected.of(name, "is empty");
        }
        return parse(name, ImportSource.of(content), ImportLimits.DEFAULT);
    }

    /**
     * Parses one file by its name/content (.fit, .gpx, .tcx, .csv; .gz of those), streaming, within the limits;
     * throws ImportRejected for corrupt, hostile, oversized, impossible, empty or unknown-type files. A CSV yields
     * its valid rows; use {@link #parseStravaCsv} to also see the rows that were skipped.
     */
    public static List<ParsedActivity> parse(String fileName, ImportSource source, ImportLimits limits) {
        requireSupportedName(fileName);
        try {
            if (source.head(1).length == 0) {
                throw ImportRejected.of(fileName, "is empty");
            }
            String extension = FileNames.extension(fileName);
            if (!extension.equals("gz")) {
                return parseAs(fileName, extension, source, limits);
            }
            String innerExtension = FileNames.extension(FileNames.withoutExtension(fileName));
            if (innerExtension.equals("gz")) {
                throw ImportRejected.of(fileName, "is compressed twice, which no export does");
            }
            ImportSource inflated = InflationGuard.gunzip(fileName, source, limits.maxFileBytes());
            if (inflated == null) {
                throw ImportRejected.of(fileName, "is empty");
            }
            return parseAs(fileName, innerExtension, inflated, limits);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the spooled upload " + fileName, e);
        }
    }

    /** Refuses a file whose name no reader accepts, so it need not be read (or spooled) to be refused. */
    public static void requireSupportedName(String fileName) {
        String extension = FileNames.extension(fileName);
        if (extension.equals("zip")) {
            throw ImportRejected.of(fileName, "is a zip archive, not a single activity file; "
                    + "upload it as an archive so its files are imported one by one");
        }
        String inner = extension.equals("gz") ? FileNames.extension(FileNames.withoutExtension(fileName)) : extension;
        if (!FORMATS.contains(inner) && !inner.equals("gz")) {
            throw unsupported(fileName);
        }
    }

    /** Every row of a Strava bulk export's activities.csv that could be read, and why the others could not. */
    public static CsvResult parseStravaCsv(byte[] content) {
        return StravaActivitiesCsv.read("activities.csv", ImportSource.of(content), ImportLimits.DEFAULT);
    }

    /** The SHA-256 hex of content, the re-import key. */
    public static String hash(byte[] content) {
        return HexFormat.of().formatHex(sha256().digest(content));
    }

    /** The SHA-256 hex of a source, read as a stream. */
    public static String hash(ImportSource source) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(source.open(), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
    }

    private static List<ParsedActivity> parseAs(String name, String extension, ImportSource source,
                                                ImportLimits limits) throws IOException {
        return switch (extension) {
            case "fit" -> List.of(FitReader.read(name, source, limits));
            case "gpx" -> List.of(GpxReader.read(name, source, limits));
            case "tcx" -> TcxReader.read(name, source, limits);
            case "csv" -> stravaActivities(name, source, limits);
            default -> throw unsupported(name);
        };
    }

    private static ImportRejected unsupported(String name) {
        return ImportRejected.of(name, "is not a supported activity file; expected " + SUPPORTED);
    }

    private static List<ParsedActivity> stravaActivities(String name, ImportSource source, ImportLimits limits) {
        CsvResult result = StravaActivitiesCsv.read(name, source, limits);
        if (result.activities().isEmpty()) {
            throw ImportRejected.of(name, result.rowErrors().isEmpty() ? "contains no activities"
                    : "contains no readable activity; first problem: " + result.rowErrors().get(0));
        }
        return result.activities();
    }
}
