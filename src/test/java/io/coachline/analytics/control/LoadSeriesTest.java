package io.coachline.analytics.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoadSeriesTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);

    @Test
    void hundredTssDailyFromZeroGivesCtl632After42Days() {
        double[] loads = new double[42];
        Arrays.fill(loads, 100);
        LoadSeries series = LoadSeries.fromDailyLoads(FIRST, loads, LoadSeries.Seed.ZERO);
        assertEquals(63.2, series.ctl(FIRST.plusDays(41)), 0.1);
        assertEquals(100 * (1 - Math.exp(-1.0)), series.ctl(FIRST.plusDays(41)), 1e-9);
        assertEquals(100 * (1 - Math.exp(-6.0)), series.atl(FIRST.plusDays(41)), 1e-9);
    }

    @Test
    void seedIsTheMeanOfTheFirstFourteenDays() {
        double[] loads = new double[30];
        for (int i = 0; i < 14; i++) {
            loads[i] = i % 2 == 0 ? 80 : 40;
        }
        LoadSeries series = LoadSeries.fromDailyLoads(FIRST, loads, LoadSeries.Seed.FIRST_14_DAYS_MEAN);
        assertEquals(60, series.ctl(FIRST.minusDays(1)), 1e-9);
        assertEquals(60, series.atl(FIRST.minusDays(1)), 1e-9);
        assertEquals(0, series.tsb(FIRST), 1e-9);
    }

    @Test
    void tsbIsYesterdaysCtlMinusYesterdaysAtl() {
        double[] loads = {50, 120, 0, 90, 30};
        LoadSeries series = LoadSeries.fromDailyLoads(FIRST, loads, LoadSeries.Seed.ZERO);
        LocalDate day = FIRST.plusDays(3);
        assertEquals(series.ctl(day.minusDays(1)) - series.atl(day.minusDays(1)), series.tsb(day), 1e-12);
    }

    @Test
    void constantLoadEqualToTheSeedStaysFlat() {
        double[] loads = new double[60];
        Arrays.fill(loads, 55);
        LoadSeries series = LoadSeries.fromDailyLoads(FIRST, loads, LoadSeries.Seed.FIRST_14_DAYS_MEAN);
        assertEquals(55, series.ctl(FIRST.plusDays(59)), 1e-9);
        assertEquals(0, series.tsb(FIRST.plusDays(59)), 1e-9);
    }
}
