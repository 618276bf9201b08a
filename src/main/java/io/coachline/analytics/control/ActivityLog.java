package io.coachline.analytics.control;

import io.coachline.analytics.entity.Activity;
import io.coachline.analytics.entity.AthleteData;
import io.coachline.analytics.entity.Evidence;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The athlete's activities as every calculator must see them: dated on the athlete's local day,
 * without duplicates, nothing after {@code today}, oldest first.
 *
 * <p>Two records are the same activity when they share an id, or when they have the same sport,
 * start within {@value #DUPLICATE_WINDOW_SECONDS} s of each other and differ in distance by at
 * most 5 % (the same run imported from the watch and from Strava). The richer record is kept.
 */
public final class ActivityLog {

    static final long DUPLICATE_WINDOW_SECONDS = 300;
    static final int EVIDENCE_LIMIT = 20;

    /** An activity with the local day it counts for. */
    public record Dated(LocalDate day, Activity activity) {
        Evidence evidence() {
            return new Evidence(day, activity.id());
        }
    }

    private final List<Dated> all;
    private final List<Dated> runs;

    public ActivityLog(AthleteData data) {
        ZoneId zone = data.profile().zone();
        List<Activity> sorted = new ArrayList<>(data.activities());
        sorted.sort(Comparator.comparingLong(a -> a.start().toEpochSecond()));
        List<Dated> kept = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Activity activity : sorted) {
            LocalDate day = localDay(activity, zone);
            if (day.isAfter(data.today()) || !ids.add(activity.id())) {
                continue;
            }
            int twin = findTwin(kept, activity);
            if (twin < 0) {
                kept.add(new Dated(day, activity));
            } else if (richness(activity) > richness(kept.get(twin).activity())) {
                kept.set(twin, new Dated(day, activity));
            }
        }
        if (zone == null) {
            // each start keeps its own zone, so days can run out of instant order; the sort is stable
            kept.sort(Comparator.comparing(Dated::day));
        }
        this.all = List.copyOf(kept);
        this.runs = kept.stream().filter(d -> d.activity().isRun()).toList();
    }

    /**
     * The day in the athlete's zone; the activity's own zone when the profile has none, because
     * that is where the athlete was.
     */
    public static LocalDate localDay(Activity activity, ZoneId athleteZone) {
        ZonedDateTime start = activity.start();
        return athleteZone == null || athleteZone.equals(start.getZone()) ? start.toLocalDate()
                : start.withZoneSameInstant(athleteZone).toLocalDate();
    }

    public List<Dated> all() {
        return all;
    }

    public List<Dated> runs() {
        return runs;
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** Entries of {@code source} (sorted by day) whose day lies in [from, to]. */
    public static List<Dated> between(List<Dated> source, LocalDate from, LocalDate to) {
        int lo = firstIndexOnOrAfter(source, from);
        int hi = firstIndexOnOrAfter(source, to.plusDays(1));
        return source.subList(lo, Math.max(lo, hi));
    }

    /** Newest first, capped, so evidence stays short. */
    public static List<Evidence> evidence(List<Dated> entries) {
        List<Evidence> out = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0 && out.size() < EVIDENCE_LIMIT; i--) {
            out.add(entries.get(i).evidence());
        }
        return out;
    }

    private static int firstIndexOnOrAfter(List<Dated> source, LocalDate day) {
        int lo = 0;
        int hi = source.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (source.get(mid).day().isBefore(day)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int findTwin(List<Dated> kept, Activity candidate) {
        long start = candidate.start().toEpochSecond();
        for (int i = kept.size() - 1; i >= 0; i--) {
            Activity other = kept.get(i).activity();
            if (start - other.start().toEpochSecond() > DUPLICATE_WINDOW_SECONDS) {
                return -1;
            }
            if (other.sport().equals(candidate.sport()) && similarDistance(other, candidate)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean similarDistance(Activity a, Activity b) {
        double larger = Math.max(a.distanceMeters(), b.distanceMeters());
        return larger == 0 || Math.abs(a.distanceMeters() - b.distanceMeters()) <= 0.05 * larger;
    }

    private static int richness(Activity a) {
        return a.splits().size() + (a.avgHr() != null ? 1000 : 0);
    }
}
