package io.coachline.athlete.control.imports;

import java.time.Instant;

/** A point exactly as a format reader found it; every field may be missing or implausible. */
record TrackPoint(Instant time, Double distanceMeters, Double latitude, Double longitude,
        Double heartRate, Double altitudeMeters) {
}
