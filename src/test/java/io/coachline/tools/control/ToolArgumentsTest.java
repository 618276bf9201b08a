package io.coachline.tools.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;

import io.coachline.athlete.control.AnalyticsInputs;
import io.coachline.platform.control.ApiException;

/** A call's arguments become one validated record, from text (a model) or from a parsed object (MCP). */
class ToolArgumentsTest {

    @Test
    void textArgumentsBindToTheRecord() {
        Object input = ToolArguments.read("get_recent_runs", AnalyticsInputs.RecentRuns.class, "{\"days\":30}");
        assertEquals(30, ((AnalyticsInputs.RecentRuns) input).days());
        Object empty = ToolArguments.read("get_recent_runs", AnalyticsInputs.RecentRuns.class, "  ");
        assertNull(((AnalyticsInputs.RecentRuns) empty).days());
    }

    @Test
    void parsedArgumentsBindToTheSameRecord() {
        Object input = ToolArguments.read("get_recent_runs", AnalyticsInputs.RecentRuns.class,
                Json.createObjectBuilder().add("days", 30).build());
        assertEquals(30, ((AnalyticsInputs.RecentRuns) input).days());
    }

    @Test
    void everyFailureIsInvalidInputNamingTheField() {
        ApiException range = assertThrows(ApiException.class,
                () -> ToolArguments.read("get_recent_runs", AnalyticsInputs.RecentRuns.class, "{\"days\":0}"));
        assertEquals("days", range.field());
        ApiException type = assertThrows(ApiException.class,
                () -> ToolArguments.read("get_recent_runs", AnalyticsInputs.RecentRuns.class, "{\"days\":\"seven\"}"));
        assertEquals("days", type.field());
        assertEquals(range.error(), type.error());
        ApiException unknown = assertThrows(ApiException.class,
                () -> ToolArguments.read("get_recent_runs", AnalyticsInputs.RecentRuns.class, "{\"athlete_id\":\"x\"}"));
        assertEquals(range.error(), unknown.error());
        ApiException notObject = assertThrows(ApiException.class,
                () -> ToolArguments.read("get_recent_runs", AnalyticsInputs.RecentRuns.class, "[1]"));
        assertTrue(notObject.getMessage().contains("JSON object"), notObject::getMessage);
        ApiException broken = assertThrows(ApiException.class,
                () -> ToolArguments.read("get_recent_runs", AnalyticsInputs.RecentRuns.class, "{\"days\":"));
        assertEquals(range.error(), broken.error());
        ApiException duplicate = assertThrows(ApiException.class,
                () -> ToolArguments.read("get_recent_runs", AnalyticsInputs.RecentRuns.class, "{\"days\":3,\"days\":4}"));
        assertEquals(range.error(), duplicate.error());
    }

    @Test
    void aToolWithoutInputRefusesArguments() {
        assertNull(ToolArguments.read("get_plan_week", null, "{}"));
        ApiException e = assertThrows(ApiException.class, () -> ToolArguments.read("get_plan_week", null, "{\"x\":1}"));
        assertEquals("x", e.field());
    }
}
