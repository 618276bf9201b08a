package io.coachline.coach.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.coachline.coach.entity.AdminCreateCoachInput;
import io.coachline.coach.entity.AdminListCoachesInput;
import io.coachline.coach.entity.AssignmentInput;
import io.coachline.coach.entity.CoachCategory;
import io.coachline.coach.entity.CoachIdInput;
import io.coachline.coach.entity.CreateCoachInput;
import io.coachline.coach.entity.ListCoachesInput;
import io.coachline.coach.entity.SearchCoachesInput;
import io.coachline.coach.entity.UpdateCoachInput;
import io.coachline.platform.control.ApiException;
import io.coachline.platform.control.Inputs;

class CoachInputValidationTest {

    private static final String ID = "0b7c3c52-8d3e-4a4e-9a59-2f7a0c1e5d11";

    private static CreateCoachInput create(String title, String prompt, String description, String category,
                                           List<String> tags, List<String> samples) {
        return new CreateCoachInput(title, prompt, description, category, tags, samples);
    }

    private static void assertRejected(Object input, String field) {
        ApiException e = assertThrows(ApiException.class, () -> Inputs.validate("op", input));
        assertEquals(400, e.getResponse().getStatus());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().startsWith(field + ": "), e.getMessage());
    }

    private static List<String> strings(int count, int length) {
        return Collections.nCopies(count, "x".repeat(length));
    }

    @Test
    void validCreateGetsDefaults() {
        CreateCoachInput input = create("Coach", "Be kind.", null, null, null, null);
        assertSame(input, Inputs.validate("create_coach", input));
        assertEquals("custom", input.category());
        assertEquals("", input.description());
        assertEquals(List.of(), input.tags());
    }

    @Test
    void createLimitsNameTheirField() {
        assertRejected(create(null, "p", null, null, null, null), "title");
        assertRejected(create(" ", "p", null, null, null, null), "title");
        assertRejected(create("x".repeat(101), "p", null, null, null, null), "title");
        Inputs.validate("op", create("x".repeat(100), "p", "d".repeat(500), null, strings(10, 32), strings(10, 500)));
        assertRejected(create("t", null, null, null, null, null), "system_prompt");
        assertRejected(create("t", "  \n", null, null, null, null), "system_prompt");
        assertRejected(create("t", "x".repeat(100_001), null, null, null, null), "system_prompt");
        assertRejected(create("t", "p", "d".repeat(501), null, null, null), "description");
        assertRejected(create("t", "p", null, "yoga", null, null), "category");
        assertRejected(create("t", "p", null, null, strings(11, 3), null), "tags");
        assertRejected(create("t", "p", null, null, strings(1, 33), null), "tags");
        assertRejected(create("t", "p", null, null, List.of("ok", " "), null), "tags");
        assertRejected(create("t", "p", null, null, null, strings(11, 3)), "sample_prompts");
        assertRejected(create("t", "p", null, null, null, strings(1, 501)), "sample_prompts");
    }

    @Test
    void categoryAndVisibilityAreCaseInsensitive() {
        Inputs.validate("op", create("t", "p", null, "TRAINING", null, null));
        assertEquals("training", CoachCategory.normalize("TRAINING"));
        AdminCreateCoachInput admin = new AdminCreateCoachInput("t", "p", null, "Recovery", null, null, "GLOBAL");
        Inputs.validate("op", admin);
        assertRejected(new AdminCreateCoachInput("t", "p", null, null, null, null, "public"), "visibility");
        assertRejected(create("t", "p", null, "trainingx", null, null), "category");
        assertEquals("tenant", new AdminCreateCoachInput("t", "p", null, null, null, null, null).visibility());
    }

    @Test
    void updateAllowsAbsentFieldsButNotBlankOnes() {
        Inputs.validate("op", new UpdateCoachInput(ID, null, null, null, null, null, null));
        assertRejected(new UpdateCoachInput(ID, "", null, null, null, null, null), "title");
        assertRejected(new UpdateCoachInput(ID, "   ", null, null, null, null, null), "title");
        assertRejected(new UpdateCoachInput(ID, null, " \t", null, null, null, null), "system_prompt");
        assertRejected(new UpdateCoachInput("nope", "t", null, null, null, null, null), "coach_id");
    }

    @Test
    void coachIdMustBeAUuid() {
        Inputs.validate("op", new CoachIdInput(ID.toUpperCase()));
        assertEquals(ID, new CoachIdInput(ID.toUpperCase()).coachId());
        assertRejected(new CoachIdInput("not-a-uuid"), "coach_id");
        assertRejected(new CoachIdInput(null), "coach_id");
        assertRejected(new CoachIdInput(ID + "0"), "coach_id");
        assertRejected(new AssignmentInput(ID, ""), "user_id");
    }

    @Test
    void pagingLimits() {
        ListCoachesInput defaults = new ListCoachesInput(null, null, null, null, null);
        assertEquals(50, defaults.limit());
        assertEquals(0, defaults.offset());
        assertEquals(false, defaults.favoritesOnly());
        assertRejected(new ListCoachesInput(null, null, null, 0, null), "limit");
        assertRejected(new ListCoachesInput(null, null, null, 101, null), "limit");
        assertRejected(new ListCoachesInput(null, null, null, null, -1), "offset");
        assertRejected(new ListCoachesInput("sleep", null, null, null, null), "category");
        assertEquals(20, new SearchCoachesInput("q", null, null, null).limit());
        assertRejected(new SearchCoachesInput("", null, null, null), "query");
        assertRejected(new SearchCoachesInput("q".repeat(101), null, null, null), "query");
        assertRejected(new SearchCoachesInput("q", null, 101, null), "limit");
        Inputs.validate("op", new AdminListCoachesInput(200, 0));
        assertRejected(new AdminListCoachesInput(201, 0), "limit");
    }

    @Test
    void missingInputIsABodyError() {
        assertRejected(null, "body");
    }

    @Test
    void firstFieldIsReportedDeterministically() {
        ApiException e = assertThrows(ApiException.class,
                () -> Inputs.validate("op", create("", "", "d".repeat(501), null, null, null)));
        assertEquals("description", e.field());
    }
}
