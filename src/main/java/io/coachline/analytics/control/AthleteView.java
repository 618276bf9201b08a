package io.coachline.analytics.control;

import io.coachline.analytics.entity.AthleteData;

/**
 * The derived views of one athlete (activity log, load series), built on first use and shared by
 * the calculators a single tool call combines, so insights do not rebuild them five times.
 * Not thread-safe; lives for one call.
 */
final class AthleteView {

    private final AthleteData data;
    private ActivityLog log;
    private LoadSeries series;

    AthleteView(AthleteData data) {
        this.data = data;
    }

    AthleteData data() {
        return data;
    }

    ActivityLog log() {
        if (log == null) {
            log = new ActivityLog(data);
        }
        return log;
    }

    /** Seeded series (the product convention); null when there are no activities. */
    LoadSeries series() {
        if (series == null) {
            series = LoadSeries.of(data, log(), LoadSeries.Seed.FIRST_14_DAYS_MEAN);
        }
        return series;
    }
}
