package io.coachline.coach.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.coachline.platform.control.ApiException;

class PromptTokensTest {

    /** "hello" plus n times " hello" is n + 1 tokens in o200k_base. */
    private static String tokens(int n) {
        return "hello" + " hello".repeat(n - 1);
    }

    @Test
    void countsWithO200kNotCl100k() {
        assertEquals(2, PromptTokens.count("hello world"));
        // cl100k_base gives 12 and 13 for these: the counts prove which encoding is used.
        assertEquals(9, PromptTokens.count("Laufen ist gesund für Körper und Geist."));
        assertEquals(9, PromptTokens.count("こんにちは世界、ランニングコーチです。"));
        assertEquals(0, PromptTokens.count(""));
    }

    @Test
    void specialTokenTextCountsAsOrdinaryText() {
        assertEquals(7, PromptTokens.count("<|endoftext|>"));
    }

    @Test
    void userCoachLimitIs2000Tokens() {
        assertEquals(2000, PromptTokens.checked(tokens(2000), false));
        ApiException e = assertThrows(ApiException.class, () -> PromptTokens.checked(tokens(2001), false));
        assertEquals("system_prompt", e.field());
        assertEquals(400, e.getResponse().getStatus());
        assertTrue(e.getMessage().contains("2001") && e.getMessage().contains("2000"), e.getMessage());
    }

    @Test
    void systemCoachLimitIs4000Tokens() {
        assertEquals(2001, PromptTokens.checked(tokens(2001), true));
        assertEquals(4000, PromptTokens.checked(tokens(4000), true));
        ApiException e = assertThrows(ApiException.class, () -> PromptTokens.checked(tokens(4001), true));
        assertEquals("system_prompt", e.field());
        assertTrue(e.getMessage().contains("4000"), e.getMessage());
    }
}
