package io.coachline.athlete.control.imports;

import java.util.List;

/** The activities of a Strava activities.csv and a readable reason for every row that was skipped. */
public record CsvResult(List<ParsedActivity> activities, List<String> rowErrors) {

    public CsvResult {
        activities = List.copyOf(activities);
        rowErrors = List.copyOf(rowErrors);
    }
}
