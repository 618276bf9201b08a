package io.coachline.analytics.control;

import io.coachline.analytics.entity.CheckIn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Check-ins by day; when a day has several, the last one given wins (a corrected entry). */
final class CheckInIndex {

    private final Map<LocalDate, CheckIn> byDay = new HashMap<>();

    CheckInIndex(List<CheckIn> checkIns) {
        checkIns.forEach(c -> byDay.put(c.date(), c));
    }

    Double value(LocalDate day, Function<CheckIn, Double> metric) {
        CheckIn c = byDay.get(day);
        return c == null ? null : metric.apply(c);
    }

    /** The values present in [from, to]. */
    double[] values(LocalDate from, LocalDate to, Function<CheckIn, Double> metric) {
        List<Double> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            Double v = value(d, metric);
            if (v != null) {
                out.add(v);
            }
        }
        return Statistics.toArray(out);
    }
}
