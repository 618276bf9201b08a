package io.coachline.athlete.control.imports;

import java.time.Instant;
import java.util.List;

/**
 * One activity read from a file.
 *
 * @param sourceFormat "fit", "gpx", "tcx" or "strava_csv"
 * @param sport        "run", "ride", "swim", "walk", "hike" or "other"
 * @param name         the file's own title, else the file name without folders and extensions
 * @param samples      the timed stream; empty for Strava CSV rows
 */
public record ParsedActivity(String sourceFormat, Instant start, String sport, String name,
        double distanceMeters, double movingSeconds, double elapsedSeconds, double elevationGainMeters,
        Double avgHr, Double maxHr, List<Sample> samples) {

    public ParsedActivity {
        samples = List.copyOf(samples);
    }
}
