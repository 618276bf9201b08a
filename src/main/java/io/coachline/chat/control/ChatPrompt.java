package io.coachline.chat.control;

import io.coachline.coach.entity.CoachView;

/** The system prompt: the base coaching prompt, then the active coach as DESIGN.md section 6 lays it out. */
public final class ChatPrompt {

    public static final String BASE = "You are Coachline, a running coach. Answer from the athlete's own data: "
            + "call the analytics tools for numbers instead of guessing, cite the figures you use, and say plainly "
            + "when data is missing. Be concise and practical.";

    public static final String FOOTER = "Stay in this coach's voice and approach. The analytics tools always speak "
            + "for the signed-in athlete; never invent numbers they did not return.";

    private ChatPrompt() {
    }

    public static String system(String base, CoachView coach, String footer) {
        if (coach == null) {
            return base;
        }
        return base + "\n\n---\n\n## Active Coach: " + coach.title() + "\n\n" + coach.systemPrompt()
                + "\n\n---\n\n" + footer;
    }
}
