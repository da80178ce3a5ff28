package com.kpiplatform.definition.rest.dto;

import com.kpiplatform.definition.domain.Aggregation;
import com.kpiplatform.definition.domain.Category;
import com.kpiplatform.definition.domain.Direction;
import com.kpiplatform.definition.domain.IndicatorType;
import com.kpiplatform.definition.domain.Level;
import com.kpiplatform.definition.domain.ReviewCadence;
import com.kpiplatform.support.kpi.KpiKeys;
import com.kpiplatform.support.period.PeriodType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

/** A KPI as clients write it: on create, and as a full replacement on update. */
@Schema(name = "KpiRequest")
public record KpiRequest(
        @Schema(description = "Stable slug; integrations address the KPI by it. Required on create, immutable after.",
                examples = "sales.mrr", pattern = KEY_PATTERN)
        @Pattern(regexp = KEY_PATTERN, message = "must be 2 to 64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit")
        String key,
        @Schema(examples = "Monthly recurring revenue") @NotBlank @Size(max = 200) String name,
        @Schema(examples = "Sum of all active subscriptions' monthly fees.") @Size(max = 2000) String description,
        @Schema(description = "Unit of the actual values, e.g. USD, %, count, ms.", examples = "USD")
        @NotBlank @Size(max = 32) String unit,
        @NotNull Category category,
        @NotNull Level level,
        @Valid Owner owner,
        @Schema(description = "Up to 20 tags of up to 50 characters; duplicates are dropped.", examples = "[\"north-star\", \"finance\"]")
        @Size(max = 20) List<@NotBlank @Size(max = 50) @Pattern(regexp = TAG_PATTERN, message = "must be letters, digits, ' ', '.', '_' or '-'") String> tags,
        @NotNull IndicatorType indicatorType,
        @NotNull Direction direction,
        @Schema(description = "How the measurements of one period become its actual. For calculated KPIs it tells "
                + "the alerting-service whether the KPI accumulates over the period (SUM, COUNT) and is judged on pace.")
        @NotNull Aggregation aggregation,
        @Schema(description = "The period targets and actuals are kept for.") @NotNull PeriodType period,
        @Schema(description = "IANA time zone in which periods start and end.", examples = "Europe/Berlin")
        @NotNull @IanaTimeZone String timeZone,
        @Schema(description = "Target for periods without an explicit one. Not for WITHIN_RANGE KPIs.", examples = "120000")
        @Digits(integer = 15, fraction = 6) BigDecimal defaultTarget,
        @Schema(description = "Required for WITHIN_RANGE KPIs, and only for them.") @Valid Range range,
        @Schema(description = "Where the KPI stood when tracking began.", examples = "95000")
        @Digits(integer = 15, fraction = 6) BigDecimal baseline,
        @Schema(description = "Defaults to an amber tolerance of 10 %.") @Valid Thresholds thresholds,
        @Schema(description = "Makes this a calculated KPI: arithmetic over other KPIs' period actuals, keys in square brackets. "
                + "Calculated KPIs take no measurements.", examples = "([sales.revenue] - [marketing.spend]) / [marketing.spend]")
        @Size(max = 1000) String formula,
        @Schema(description = "ISO-8601 duration, 1 minute to 400 days: the longest gap between measurements before the KPI counts as not updated (NO_DATA).",
                examples = "PT36H", implementation = String.class)
        @DurationMin(minutes = 1) @DurationMax(days = 400) Duration staleAfter,
        ReviewCadence reviewEvery) {

    public static final String KEY_PATTERN = KpiKeys.PATTERN;
    public static final String TAG_PATTERN = "[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]*";
}
