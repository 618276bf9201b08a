package io.coachline.athlete.control.imports;

import java.util.List;

/**
 * What a format reader extracted from one activity, before validation and derived values.
 *
 * @param name         the file's own title, or null to fall back to the file name
 * @param timerSeconds the device's own moving (timer) time, or null when the format has none
 */
record RecordedTrack(String format, String sport, String name, List<TrackPoint> points, Double timerSeconds) {
}
