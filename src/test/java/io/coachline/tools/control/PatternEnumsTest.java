package io.coachline.tools.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.coachline.coach.entity.CoachCategory;
import io.coachline.coach.entity.Visibility;

class PatternEnumsTest {

    @Test
    void plainAlternativesAreValues() {
        assertEquals(Optional.of(List.of("easy", "threshold", "race")), PatternEnums.values("easy|threshold|race"));
        assertEquals(Optional.of(List.of("a", "b")), PatternEnums.values("^(a|b)$"));
    }

    @Test
    void caseInsensitiveCharacterClassesAreLowerCaseValues() {
        assertEquals(Optional.of(List.of("private", "tenant", "global")), PatternEnums.values(Visibility.PATTERN));
        assertEquals(6, PatternEnums.values(CoachCategory.PATTERN).orElseThrow().size());
    }

    @Test
    void otherExpressionsAreNotEnums() {
        assertTrue(PatternEnums.values("^[0-9a-f]{8}-[0-9a-f]{4}$").isEmpty());
        assertTrue(PatternEnums.values(".*\\S.*").isEmpty());
        assertTrue(PatternEnums.values("[ab]").isEmpty());
        assertTrue(PatternEnums.values("[AB]x").isEmpty());
        assertTrue(PatternEnums.values("a|(b|c)").isEmpty());
        assertTrue(PatternEnums.values("a|").isEmpty());
    }
}
