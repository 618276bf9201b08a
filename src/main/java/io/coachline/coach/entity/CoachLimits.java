package io.coachline.coach.entity;

/**
 * The limits on a coach's content, in one place for the input records' constraints, the control
 * layer's token check and the documentation.
 */
public final class CoachLimits {

    public static final int TITLE_MAX = 100;
    public static final int DESCRIPTION_MAX = 500;
    public static final int USER_PROMPT_TOKENS = 2_000;
    public static final int SYSTEM_PROMPT_TOKENS = 4_000;
    /** Far above any 4,000-token prompt; stops a huge body before it reaches the tokenizer. */
    public static final int PROMPT_CHARS_MAX = 100_000;
    public static final int TAGS_MAX = 10;
    public static final int TAG_MAX = 32;
    public static final int SAMPLE_PROMPTS_MAX = 10;
    public static final int SAMPLE_PROMPT_MAX = 500;
    public static final int QUERY_MAX = 100;
    /** Not blank, for optional fields (null = unchanged); linear for any input and valid in JSON Schema. */
    public static final String NOT_BLANK_PATTERN = "^[\\s\\S]*\\S[\\s\\S]*$";
    public static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    public static final String TITLE_MESSAGE = "must be 1-100 characters and not blank";
    public static final String PROMPT_MESSAGE = "must not be blank";
    public static final String PROMPT_CHARS_MESSAGE = "must be at most 100000 characters (and within the token limit)";
    public static final String DESCRIPTION_MESSAGE = "must be at most 500 characters";
    public static final String TAGS_MESSAGE = "at most 10 tags";
    public static final String TAG_MESSAGE = "each tag must be 1-32 characters and not blank";
    public static final String SAMPLE_PROMPTS_MESSAGE = "at most 10 sample prompts";
    public static final String SAMPLE_PROMPT_MESSAGE = "each sample prompt must be 1-500 characters and not blank";
    public static final String UUID_MESSAGE = "must be a coach id (a UUID)";

    public static final String TITLE_DOC = "Name of the coach, 1-100 characters.";
    public static final String PROMPT_DOC = "The coach's instructions to the model; at most 2,000 tokens (o200k_base) "
            + "for a user's coach, 4,000 for a system coach.";
    public static final String DESCRIPTION_DOC = "What the coach is for, at most 500 characters.";
    public static final String CATEGORY_DOC = "One of training, nutrition, recovery, recipes, analysis, custom (any case).";
    public static final String TAGS_DOC = "Up to 10 tags of 1-32 characters each.";
    public static final String SAMPLE_PROMPTS_DOC = "Up to 10 example questions of 1-500 characters each.";
    public static final String COACH_ID_DOC = "The coach's id (UUID).";
    public static final String LIMIT_DOC = "Page size, 1-100.";
    public static final String OFFSET_DOC = "Number of results to skip, 0 or more.";

    private CoachLimits() {
    }
}
