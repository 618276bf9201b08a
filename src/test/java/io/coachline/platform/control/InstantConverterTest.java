package io.coachline.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class InstantConverterTest {

    private final InstantConverter converter = new InstantConverter();

    @Test
    void textOrderIsTimeOrder() {
        Random random = new Random(42);
        List<Instant> instants = new ArrayList<>(List.of(
                Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:00:00.000001Z"),
                Instant.parse("2026-01-01T00:00:00.1Z"),
                Instant.parse("2026-01-01T00:00:01Z"),
                Instant.parse("1999-12-31T23:59:59.999999Z"),
                Instant.parse("0001-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59Z")));
        for (int i = 0; i < 1_000; i++) {
            instants.add(Instant.ofEpochSecond(random.nextLong(0, 4_000_000_000L), random.nextInt(1_000_000) * 1_000L));
        }
        List<String> texts = instants.stream().map(converter::convertToDatabaseColumn).toList();
        List<String> byText = texts.stream().sorted().toList();
        List<String> byTime = instants.stream().sorted(Comparator.naturalOrder()).map(converter::convertToDatabaseColumn).toList();
        assertEquals(byTime, byText);
        assertEquals(1, texts.stream().map(String::length).distinct().count(), "fixed width");
    }

    @Test
    void roundTripKeepsMicroseconds() {
        Instant now = Instant.parse("2026-11-21T12:35:27.123456789Z");
        String text = converter.convertToDatabaseColumn(now);
        assertEquals("2026-11-21T12:35:27.123456Z", text);
        assertEquals(now.truncatedTo(ChronoUnit.MICROS), converter.convertToEntityAttribute(text));
    }

    @Test
    void nullStaysNull() {
        assertEquals(null, converter.convertToDatabaseColumn(null));
        assertEquals(null, converter.convertToEntityAttribute(null));
    }

    @Test
    void outOfRangeIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> converter.convertToDatabaseColumn(Instant.parse("+10000-01-01T00:00:00Z")));
    }

    @Test
    void theFastReadingOfTheStoredFormAgreesWithJavaTime() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_000_000_000L),
                    random.nextInt(1_000_000) * 1_000L);
            String text = InstantConverter.format(instant);
            assertEquals(Instant.parse(text), InstantConverter.parse(text), text);
            assertEquals(instant, InstantConverter.parse(text), text);
        }
        // Other ISO forms still parse; malformed stored text still fails loudly.
        assertEquals(Instant.parse("2026-11-21T12:35:27Z"), InstantConverter.parse("2026-11-21T12:35:27Z"));
        for (String bad : List.of("2026-02-30T12:35:27.123456Z", "2026-13-01T12:35:27.123456Z", "2026-11-21T12:35:2x.123456Z",
                "2026-11-21 12:35:27.123456Z", "")) {
            assertThrows(java.time.format.DateTimeParseException.class, () -> InstantConverter.parse(bad), bad);
        }
    }
}
