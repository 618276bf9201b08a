package io.coachline.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.coachline.platform.control.ApiException;

class QueryParametersTest {

    @Test
    void wholeNumbersInRangeAreReadAndAbsentOnesAreNull() {
        assertEquals(5, QueryParameters.integer("limit", "5"));
        assertEquals(-3, QueryParameters.integer("offset", " -3 "));
        assertEquals(Integer.MAX_VALUE, QueryParameters.integer("limit", "2147483647"));
        assertNull(QueryParameters.integer("limit", null));
        assertNull(QueryParameters.integer("limit", " "));
    }

    @Test
    void outOfRangeNumbersAreRefusedNotWrapped() {
        for (String value : new String[] {"4294967301", "2147483648", "-2147483649", "9".repeat(2_000)}) {
            ApiException e = assertThrows(ApiException.class, () -> QueryParameters.integer("days", value));
            assertEquals("days", e.field());
            assertTrue(e.getMessage().contains("out of range"), e.getMessage());
        }
    }

    @Test
    void nonWholeNumbersAreRefusedNamingTheParameter() {
        for (String value : new String[] {"7.5", "1e3", "true", "0x10", "7days", "\uFFFD", "+-1"}) {
            ApiException e = assertThrows(ApiException.class, () -> QueryParameters.integer("days", value));
            assertEquals("days", e.field());
            assertTrue(e.getMessage().startsWith("days: must be a whole number"), e.getMessage());
            assertTrue(e.getMessage().length() < 120, "the value is cut short in the message");
        }
    }

    @Test
    void booleansAreTrueOrFalseOnly() {
        assertEquals(true, QueryParameters.bool("favorites_only", "TRUE"));
        assertEquals(false, QueryParameters.bool("favorites_only", "false"));
        assertNull(QueryParameters.bool("favorites_only", ""));
        assertEquals("favorites_only", assertThrows(ApiException.class,
                () -> QueryParameters.bool("favorites_only", "1")).field());
    }
}
