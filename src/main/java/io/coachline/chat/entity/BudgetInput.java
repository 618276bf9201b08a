package io.coachline.chat.entity;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tenant's chat budgets in USD; a null field goes back to the configured default. */
public record BudgetInput(
        @Schema(description = "Per user per UTC day") @DecimalMin("0") @DecimalMax("100000") Double userDailyUsd,
        @Schema(description = "Per user per UTC month") @DecimalMin("0") @DecimalMax("100000") Double userMonthlyUsd,
        @Schema(description = "Whole tenant per UTC day") @DecimalMin("0") @DecimalMax("1000000") Double tenantDailyUsd,
        @Schema(description = "Whole tenant per UTC month") @DecimalMin("0") @DecimalMax("1000000") Double tenantMonthlyUsd) {

    public BudgetInput(Double userDailyUsd, Double userMonthlyUsd, Double tenantDailyUsd, Double tenantMonthlyUsd) {
        this.userDailyUsd = userDailyUsd;
        this.userMonthlyUsd = userMonthlyUsd;
        this.tenantDailyUsd = tenantDailyUsd;
        this.tenantMonthlyUsd = tenantMonthlyUsd;
    }
}
