package com.kpiplatform.measurement.rest.dto;

import com.kpiplatform.measurement.domain.Aggregation;
import com.kpiplatform.measurement.domain.Granularity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A KPI's time series: one bucket per calendar period of the KPI's time zone, empty ones included. */
@Schema(name = "Series",
        requiredProperties = {"kpiKey", "granularity", "aggregation", "timeZone", "unit", "dimensions", "buckets"})
public record SeriesResponse(
        @Schema(examples = "sales.mrr") String kpiKey,
        Granularity granularity,
        Aggregation aggregation,
        @Schema(examples = "Europe/Berlin") String timeZone,
        @Schema(examples = "USD") String unit,
        Map<String, String> dimensions,
        List<Bucket> buckets) {

    @Schema(name = "SeriesBucket", requiredProperties = {"period", "count"})
    public record Bucket(PeriodBounds period,
            @Schema(description = "null for a bucket without measurements (0 for COUNT).", examples = "4180.25") BigDecimal value,
            @Schema(examples = "24") long count,
            @Schema(description = "Why value is null.") String reason) {
    }
}
