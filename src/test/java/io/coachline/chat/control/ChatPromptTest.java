package io.coachline.chat.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.coachline.coach.entity.CoachView;

class ChatPromptTest {

    private static CoachView coach(String title, String prompt) {
        return new CoachView("id", title, null, prompt, "running", List.of(), List.of(), 3, false, "private", null,
                false, true, false, 0, null, null, null);
    }

    @Test
    void theActiveCoachFollowsTheBasePromptAsDesignSectionSixSays() {
        assertEquals("BASE\n\n---\n\n## Active Coach: Hill Coach\n\nYou love hills.\n\n---\n\nFOOT",
                ChatPrompt.system("BASE", coach("Hill Coach", "You love hills."), "FOOT"));
    }

    @Test
    void withoutAnActiveCoachOnlyTheBasePrompt() {
        assertEquals("BASE", ChatPrompt.system("BASE", null, "FOOT"));
    }
}
