package io.coachline.athlete.control.imports;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The entry point for importing one uploaded activity file of any supported format. */
public final class ActivityFiles {

    private static final String SUPPORTED = ".fit, .gpx, .tcx or a Strava activities.csv (each optionally .gz)";

    private ActivityFiles() {
    }

    /**
     * Parses one file by its name/content (.fit, .gpx, .tcx, .csv; .gz of those); throws ImportRejected for
     * corrupt, hostile, empty or unknown-type files. A CSV yields its valid rows; use {@link #parseStravaCsv}
     * to also see the rows that were skipped.
     */
    public static List<ParsedActivity> parse(String fileName, byte[] content) {
        String name = fileName == null || fileName.isBlank() ? "(unnamed file)" : fileName;
        if (content == null || content.length == 0) {
            throw ImportRejected.of(name, "is empty");
        }
        String extension = FileNames.extension(name);
        if (!extension.equals("gz")) {
            return parseAs(name, extension, content);
        }
        String innerExtension = FileNames.extension(FileNames.withoutExtension(name));
        if (innerExtension.equals("gz")) {
            throw ImportRejected.of(name, "is compressed twice, which no export does");
        }
        return parseAs(name, innerExtension, InflationGuard.gunzip(name, content));
    }

    /** Every row of a Strava bulk export's activities.csv that could be read, and why the others could not. */
    public static CsvResult parseStravaCsv(byte[] content) {
        return StravaActivitiesCsv.read("activities.csv", content);
    }

    /** The SHA-256 hex of content, the re-import key. */
    public static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
    }

    private static List<ParsedActivity> parseAs(String name, String extension, byte[] content) {
        if (content.length == 0) {
            throw ImportRejected.of(name, "is empty");
        }
        return switch (extension) {
            case "fit" -> List.of(FitReader.read(name, content));
            case "gpx" -> List.of(GpxReader.read(name, content));
            case "tcx" -> TcxReader.read(name, content);
            case "csv" -> stravaActivities(name, content);
            case "zip" -> throw ImportRejected.of(name, "is a zip archive, not a single activity file; "
                    + "upload it as an archive so its files are imported one by one");
            default -> throw ImportRejected.of(name, "is not a supported activity file; expected " + SUPPORTED);
        };
    }

    private static List<ParsedActivity> stravaActivities(String name, byte[] content) {
        CsvResult result = StravaActivitiesCsv.read(name, content);
        if (result.activities().isEmpty()) {
            throw ImportRejected.of(name, result.rowErrors().isEmpty() ? "contains no activities"
                    : "contains no readable activity; first problem: " + result.rowErrors().get(0));
        }
        return result.activities();
    }
}
