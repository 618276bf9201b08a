package io.coachline.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class StringListConverterTest {

    private final StringListConverter converter = new StringListConverter();

    @Test
    void roundTripsUnicodeQuotesAndCommas() {
        List<String> values = List.of("5K, fast", "say \"hi\"", "ümlaut ✓", "");
        assertEquals(values, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(values)));
    }

    @Test
    void emptyAndNull() {
        assertEquals("[]", converter.convertToDatabaseColumn(null));
        assertEquals(List.of(), converter.convertToEntityAttribute(null));
        assertEquals(List.of(), converter.convertToEntityAttribute(""));
    }
}
