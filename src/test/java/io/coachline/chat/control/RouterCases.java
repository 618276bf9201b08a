package io.coachline.chat.control;

import java.util.List;

/** Labelled questions for the router (and the chat benchmark): expected route and, for simple, the tool. */
public final class RouterCases {

    public record Case(String question, String route, String tool) {
    }

    private static Case simple(String question, String tool) {
        return new Case(question, "simple", tool);
    }

    private static Case standard(String question) {
        return new Case(question, "standard", null);
    }

    public static final List<Case> ALL = List.of(
            // training load
            simple("What's my TSB?", "get_training_load"),
            simple("whats my tsb right now", "get_training_load"),
            simple("Current fitness and fatigue?", "get_training_load"),
            simple("How fresh am I today?", "get_training_load"),
            simple("Show me my CTL", "get_training_load"),
            simple("what is my form", "get_training_load"),
            simple("my training laod", "get_training_load"),
            simple("ATL and CTL please", "get_training_load"),
            // race predictions
            simple("What's my predicted marathon time?", "get_race_predictions"),
            simple("my race predictions", "get_race_predictions"),
            simple("How fast could I run a 5K?", "get_race_predictions"),
            simple("predicted half marathon", "get_race_predictions"),
            simple("what's my 5k time", "get_race_predictions"),
            simple("10 km prediction", "get_race_predictions"),
            simple("marathon finish time estimate", "get_race_predictions"),
            simple("race time predictoins", "get_race_predictions"),
            // recovery
            simple("Am I recovering?", "get_recovery_status"),
            simple("Am I recovering well?", "get_recovery_status"),
            simple("recovery status", "get_recovery_status"),
            simple("How is my recovry?", "get_recovery_status"),
            simple("Am I overtrained?", "get_recovery_status"),
            simple("what's my durability index", "get_recovery_status"),
            simple("recovery half-life", "get_recovery_status"),
            // personal bests
            simple("What was my TSB when I ran my PRs?", "get_pb_patterns"),
            simple("show my personal bests", "get_pb_patterns"),
            simple("my PBs", "get_pb_patterns"),
            simple("When did I set my personal records?", "get_pb_patterns"),
            simple("form before my pb", "get_pb_patterns"),
            simple("personal bset list", "get_pb_patterns"),
            // recent runs
            simple("How many km this week?", "get_recent_runs"),
            simple("km this week", "get_recent_runs"),
            simple("Show my recent runs", "get_recent_runs"),
            simple("what was my last run", "get_recent_runs"),
            simple("weekly mileage", "get_recent_runs"),
            simple("How far did I run this month?", "get_recent_runs"),
            simple("list my runs from the last 14 days", "get_recent_runs"),
            simple("my running volume lately", "get_recent_runs"),
            // efficiency
            simple("How is my efficiency trending?", "get_efficiency_trend"),
            simple("aerobic efficency", "get_efficiency_trend"),
            simple("show my decoupling", "get_efficiency_trend"),
            simple("efficiency at threshold", "get_efficiency_by_zone"),
            simple("my easy zone efficiency", "get_efficiency_by_zone"),
            simple("efficiency in race zone", "get_efficiency_by_zone"),
            // correlations
            simple("Does sleep correlate with my efficiency?", "get_correlations"),
            simple("show correlations", "get_correlations"),
            simple("how does my HRV relate to my runs", "get_correlations"),
            simple("correlation between stress and training", "get_correlations"),
            // insights
            simple("any insights?", "get_active_insights"),
            simple("show my insights", "get_active_insights"),
            simple("Any red flags?", "get_active_insights"),
            simple("alerts for me", "get_active_insights"),
            // plan
            simple("Show my plan", "get_plan_week"),
            simple("What's on my schedule this week?", "get_plan_week"),
            simple("what's my next workout", "get_plan_week"),
            simple("am I on track with the plan", "get_plan_week"),
            simple("this week's planned workouts", "get_plan_week"),
            simple("training plan", "get_plan_week"),
            // reasoning
            standard("Analyze my training and suggest improvements"),
            standard("Why am I tired?"),
            standard("Should I race this weekend?"),
            standard("Compare my fitness now with last month"),
            standard("How can I get faster at the marathon?"),
            standard("Make me a plan for a sub-3 marathon"),
            standard("Why did my efficiency drop?"),
            standard("What should I focus on?"),
            standard("Explain what TSB means"),
            standard("Am I ready for a half marathon?"),
            standard("How do I improve my 10k time?"),
            standard("My legs hurt after every run, what's going on?"),
            standard("Give me advice on tapering"),
            standard("How's my fitness and how's my recovery and my plan?"),
            standard("Tell me everything about my training"),
            standard("hello coach"),
            standard("What workouts would help my endurance?"),
            standard("Is my weekly mileage too much?"),
            standard("Review my last month of training"),
            standard("I feel sluggish lately"),
            standard("Can you recommend a recovery strategy?"),
            standard("What pace should my easy runs be?"));

    private RouterCases() {
    }
}
