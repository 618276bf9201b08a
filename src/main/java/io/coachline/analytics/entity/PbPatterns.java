package io.coachline.analytics.entity;

import java.util.List;

/**
 * PBs set in the last 365 days with the load state the day before each.
 *
 * @param currentBests best ever per standard distance
 */
public record PbPatterns(boolean insufficientData, List<String> missing, List<Event> pbs,
                         Range tsbBeforePb, Range ctlBeforePb, List<PersonalBest> currentBests,
                         List<Evidence> evidence) {

    /**
     * @param ctlDayBefore CTL at the end of the previous day
     * @param atlDayBefore ATL at the end of the previous day
     * @param tsbDayBefore their difference, i.e. the form the athlete started the PB day with
     */
    public record Event(PersonalBest pb, Double previousBestSeconds, double ctlDayBefore,
                        double atlDayBefore, double tsbDayBefore) {
    }

    public record Range(double min, double median, double max) {
    }

    public static PbPatterns insufficient(List<String> missing, List<PersonalBest> currentBests) {
        return new PbPatterns(true, missing, List.of(), null, null, currentBests, List.of());
    }
}
