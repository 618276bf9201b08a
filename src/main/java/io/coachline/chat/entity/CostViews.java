package io.coachline.chat.entity;

import java.time.LocalDate;
import java.util.List;

/** Cost reports and budgets. */
public final class CostViews {

    private CostViews() {
    }

    /** The budgets in force and what has been spent against them (USD, UTC day and month). */
    public record Budget(double userDailyUsd, double userMonthlyUsd, double tenantDailyUsd, double tenantMonthlyUsd) {
    }

    public record Line(String key, long calls, long promptTokens, long completionTokens, double costUsd) {
    }

    public record Report(LocalDate from, LocalDate to, String groupBy, List<Line> lines, Line total) {
    }

    public record Own(Report report, Budget budget, double spentTodayUsd, double spentThisMonthUsd) {
    }
}
