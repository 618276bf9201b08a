package io.coachline.athlete.control.imports;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.regex.Pattern;

/** Maps the many spellings of a sport (FIT enum names, TCX attributes, Strava types) to the product's few. */
public final class Sports {

    // Whole words only: substring matching would turn "Crunches" into a run and "Bikram" into a ride.
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("run", "run"), Map.entry("running", "run"), Map.entry("jog", "run"), Map.entry("jogging", "run"),
            Map.entry("ride", "ride"), Map.entry("cycling", "ride"), Map.entry("biking", "ride"),
            Map.entry("bike", "ride"), Map.entry("ebike", "ride"), Map.entry("bicycle", "ride"),
            Map.entry("swim", "swim"), Map.entry("swimming", "swim"),
            Map.entry("walk", "walk"), Map.entry("walking", "walk"),
            Map.entry("hike", "hike"), Map.entry("hiking", "hike"));

    // Splits "TrailRun", "E_BIKING" and "Trail Run" alike into words.
    private static final Pattern WORD_BREAK = Pattern.compile("[^A-Za-z]+|(?<=[a-z])(?=[A-Z])");

    /** Every sport an activity can have: what the spellings map to, and "other". */
    public static final Set<String> ALL = Stream.concat(WORDS.values().stream(), Stream.of("other"))
            .collect(Collectors.collectingAndThen(Collectors.toCollection(TreeSet::new), Collections::unmodifiableSortedSet));

    private Sports() {
    }

    /** The normalised sport, {@code fallback} when nothing was recorded, "other" when it is not one we know. */
    static String normalise(String recorded, String fallback) {
        if (recorded == null || recorded.isBlank()) {
            return fallback;
        }
        for (String word : WORD_BREAK.split(recorded.trim())) {
            String sport = WORDS.get(word.toLowerCase(Locale.ROOT));
            if (sport != null) {
                return sport;
            }
        }
        return "other";
    }
}
