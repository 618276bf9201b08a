package io.coachline.athlete.control.imports;

import java.io.IOException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The activities.csv of a Strava bulk export: one summary activity per row, without samples.
 * The export repeats several header names (two "Distance" columns: kilometres, then metres; two "Elapsed Time";
 * two "Max Heart Rate"), so columns are looked up by position and the header is read by hand.
 */
final class StravaActivitiesCsv {

    private static final DateTimeFormatter ACTIVITY_DATE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive().appendPattern("MMM d, yyyy, h:mm:ss a")
            .toFormatter(Locale.US).withZone(ZoneOffset.UTC);
    private static final List<String> REQUIRED = List.of("Activity Date", "Activity Type", "Elapsed Time", "Distance");

    private StravaActivitiesCsv() {
    }

    /** A row that cannot become an activity; its message is shown to the user next to the row number. */
    private static final class BadRow extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRow(String message) {
            super(message, null, false, false);
        }
    }

    /** Streams the rows; more than {@code limits.maxPoints()} rows refuse the file, as many points do a track. */
    static CsvResult read(String fileName, ImportSource content, ImportLimits limits) {
        List<ParsedActivity> activities = new ArrayList<>();
        List<String> rowErrors = new ArrayList<>();
        try (Reader text = withoutByteOrderMark(new InputStreamReader(content.open(), StandardCharsets.UTF_8));
             CSVParser parser = CSVFormat.DEFAULT.parse(text)) {
            Iterator<CSVRecord> records = parser.iterator();
            Map<String, List<Integer>> columns = header(fileName, records);
            int row = 0;
            try {
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    if (++row > limits.maxPoints()) {
                        throw ImportRejected.of(fileName, "has more than " + limits.maxPoints()
                                + " rows (coachline.import.max-points), more than any athlete's export");
                    }
                    try {
                        activities.add(activity(record, columns));
                    } catch (BadRow problem) {
                        rowErrors.add("row " + row + " (Activity ID " + text(record, columns, "Activity ID") + "): "
                                + problem.getMessage());
                    }
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                // Broken quoting leaves the parser unable to find later row boundaries; keep what was read.
                rowErrors.add("rows after row " + row + " could not be read (" + e.getMessage() + ")");
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw ImportRejected.of(fileName, "is not a readable CSV file (" + e.getMessage() + ")", e);
        }
        return new CsvResult(activities, rowErrors);
    }

    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(new BufferedReader(reader, 64 * 1024), 1);
        int first = pushback.read();
        if (first >= 0 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    private static Map<String, List<Integer>> header(String fileName, Iterator<CSVRecord> records) {
        if (!records.hasNext()) {
            throw ImportRejected.of(fileName, "is empty");
        }
        Map<String, List<Integer>> columns = new HashMap<>();
        CSVRecord header = records.next();
        for (int i = 0; i < header.size(); i++) {
            columns.computeIfAbsent(header.get(i).trim(), name -> new ArrayList<>()).add(i);
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw ImportRejected.of(fileName, "is not a Strava activities.csv (the column \"" + required
                        + "\" is missing); only the activities.csv of a Strava bulk export can be imported as CSV");
            }
        }
        return columns;
    }

    private static ParsedActivity activity(CSVRecord record, Map<String, List<Integer>> columns) {
        Instant start = start(text(record, columns, "Activity Date"));
        String type = text(record, columns, "Activity Type");
        String name = text(record, columns, "Activity Name");
        double elapsed = required(number(record, columns, "Elapsed Time"), "Elapsed Time");
        Double moving = number(record, columns, "Moving Time");
        Double gain = number(record, columns, "Elevation Gain");
        String sport = Sports.normalise(type, "other");
        double distance = distanceMeters(record, columns);
        double movingSeconds = moving == null ? elapsed : Math.min(moving, elapsed);
        String impossible = Plausibility.impossibility(sport, distance, movingSeconds, elapsed);
        if (impossible != null) {
            throw new BadRow(impossible.replaceFirst("^is ", "it is "));
        }
        return new ParsedActivity("strava_csv", start, sport,
                name.isEmpty() ? (type.isEmpty() ? "Activity" : type) : name,
                distance, movingSeconds, elapsed,
                gain == null ? 0 : gain,
                Plausibility.heartRate(number(record, columns, "Average Heart Rate")),
                Plausibility.heartRate(number(record, columns, "Max Heart Rate")), List.of());
    }

    private static Instant start(String date) {
        if (date.isEmpty()) {
            throw new BadRow("Activity Date is empty");
        }
        try {
            Instant start = ACTIVITY_DATE.parse(date, Instant::from);
            if (!Plausibility.isPlausibleTime(start)) {
                throw new BadRow("Activity Date '" + date + "' is before 1990 or in the future");
            }
            return start;
        } catch (DateTimeParseException e) {
            throw new BadRow("Activity Date '" + date + "' is not a date like 'Jan 5, 2024, 7:03:12 AM'");
        }
    }

    /** The metres column when the export has it, else the first "Distance" column, which is in kilometres. */
    private static double distanceMeters(CSVRecord record, Map<String, List<Integer>> columns) {
        List<Integer> positions = columns.get("Distance");
        Double metres = positions.size() > 1 ? number(record, "Distance", positions.get(1)) : null;
        if (metres == null) {
            Double kilometres = number(record, "Distance", positions.get(0));
            metres = kilometres == null ? 0 : kilometres * 1000;
        }
        return metres;
    }

    private static double required(Double value, String column) {
        if (value == null) {
            throw new BadRow(column + " is empty");
        }
        return value;
    }

    /** The first non-empty value among the columns of that name; empty when there is none. */
    private static String text(CSVRecord record, Map<String, List<Integer>> columns, String column) {
        for (int position : columns.getOrDefault(column, List.of())) {
            if (position < record.size() && !record.get(position).isBlank()) {
                return record.get(position).trim();
            }
        }
        return "";
    }

    private static Double number(CSVRecord record, Map<String, List<Integer>> columns, String column) {
        String value = text(record, columns, column);
        return value.isEmpty() ? null : parseNonNegative(value, column);
    }

    private static Double number(CSVRecord record, String column, int position) {
        String value = position < record.size() ? record.get(position).trim() : "";
        return value.isEmpty() ? null : parseNonNegative(value, column);
    }

    private static double parseNonNegative(String value, String column) {
        double parsed;
        try {
            parsed = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new BadRow(column + " '" + value + "' is not a number");
        }
        if (!Double.isFinite(parsed) || parsed < 0) {
            throw new BadRow(column + " '" + value + "' is negative or not a finite number");
        }
        return parsed;
    }
}
