package io.coachline.analytics.entity;

import java.time.LocalDate;
import java.time.ZoneId;

/** Every value is nullable; calculators report which ones they missed. */
public record AthleteProfile(Sex sex, LocalDate birthDate, Double maxHr, Double restingHr,
                             Double thresholdHr, Double thresholdPaceSecPerKm, Double weightKg,
                             ZoneId zone) {

    public static AthleteProfile empty() {
        return new AthleteProfile(null, null, null, null, null, null, null, null);
    }
}
