package io.coachline.athlete.control.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BestEffortsTest {

    /** Samples every {@code step} seconds at a pace given per kilometre stretch. */
    private static List<Sample> run(double metres, double step, java.util.function.DoubleUnaryOperator secondsPerKm) {
        List<Sample> samples = new ArrayList<>();
        double time = 0;
        double distance = 0;
        samples.add(new Sample(0, 0, null, null));
        while (distance < metres) {
            double speed = 1000 / secondsPerKm.applyAsDouble(distance);
            double next = Math.min(metres, distance + speed * step);
            time += (next - distance) / speed;
            distance = next;
            samples.add(new Sample(time, distance, null, null));
        }
        return samples;
    }

    private static Map<String, Double> byName(List<BestEffort> efforts) {
        return efforts.stream().collect(Collectors.toMap(BestEffort::name, BestEffort::seconds));
    }

    @Test
    void fastMiddleFiveKilometresIsTheBest5K() {
        // 2.5 km at 5:00/km, 5 km at 4:00/km (1200 s), 2.5 km at 5:00/km; samples every 3.7 s so marks fall between.
        List<Sample> samples = run(10_000, 3.7, d -> d >= 2500 && d < 7500 ? 240 : 300);

        Map<String, Double> best = byName(BestEfforts.fastest(samples));

        assertEquals(1200, best.get("5K"), 1);
        assertEquals(240, best.get("1K"), 1);
        assertEquals(1609.344 * 0.24, best.get("mile"), 1);
        assertEquals(2700, best.get("10K"), 1);
        assertEquals(List.of("1K", "mile", "5K", "10K"),
                BestEfforts.fastest(samples).stream().map(BestEffort::name).toList());
    }

    @Test
    void aFourKilometreRunHasNo5K() {
        List<BestEffort> efforts = BestEfforts.fastest(run(4000, 1, d -> 300));

        assertEquals(List.of("1K", "mile"), efforts.stream().map(BestEffort::name).toList());
        assertEquals(300, efforts.get(0).seconds(), 1e-6);
    }

    @Test
    void aPauseCountsBecauseEffortsUseElapsedTime() {
        List<Sample> samples = List.of(new Sample(0, 0, null, null), new Sample(300, 1000, null, null),
                new Sample(400, 1000, null, null), new Sample(700, 2000, null, null));

        assertEquals(300, byName(BestEfforts.fastest(samples)).get("1K"), 1e-9);
    }

    @Test
    void tooFewSamplesGiveNothing() {
        assertEquals(List.of(), BestEfforts.fastest(List.of(new Sample(0, 0, null, null))));
    }
}
