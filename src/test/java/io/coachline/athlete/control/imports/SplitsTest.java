package io.coachline.athlete.control.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SplitsTest {

    /** 5.2 km at 5:00/km sampled every second; heart rate is 140 in km 1, 145 in km 2 and so on. */
    private static List<Sample> steady5200(boolean withHeartRate) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i <= 1560; i++) {
            double distance = i * 1000.0 / 300;
            Double hr = withHeartRate ? 140.0 + 5 * Math.min(5, (int) (i / 300.0)) : null;
            samples.add(new Sample(i, distance, hr, 50.0 + i / 100.0));
        }
        return samples;
    }

    @Test
    void fiveFullKilometresAndA200MetrePartial() {
        List<Split> splits = Splits.perKilometre(steady5200(true));

        assertEquals(6, splits.size());
        for (int k = 0; k < 5; k++) {
            Split split = splits.get(k);
            assertEquals(k + 1, split.index());
            assertEquals(1000, split.distanceMeters());
            assertEquals(300, split.seconds(), 0.01);
            assertEquals(140 + 5 * k, split.avgHr(), 0.1);
            assertEquals(3, split.elevationGainMeters(), 0.05);
        }
        Split last = splits.get(5);
        assertEquals(6, last.index());
        assertEquals(200, last.distanceMeters(), 0.01);
        assertEquals(60, last.seconds(), 0.01);
        assertEquals(165, last.avgHr(), 0.1);
    }

    @Test
    void withoutHeartRateTheAverageIsNull() {
        assertNull(Splits.perKilometre(steady5200(false)).get(0).avgHr());
    }

    @Test
    void aPartialUnder100MetresIsLeftOut() {
        List<Sample> samples = List.of(new Sample(0, 0, null, null), new Sample(330, 1099, null, null));

        List<Split> splits = Splits.perKilometre(samples);

        assertEquals(1, splits.size());
        assertEquals(300.27, splits.get(0).seconds(), 0.01, "interpolated at the 1000 m mark");
    }

    @Test
    void noDistanceMeansNoSplits() {
        assertTrue(Splits.perKilometre(List.of(new Sample(0, 0, 120.0, null), new Sample(60, 0, 120.0, null)))
                .isEmpty());
    }
}
