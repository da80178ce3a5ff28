package com.kpiplatform.measurement.repository;

import com.kpiplatform.measurement.domain.MeasurementRange;
import com.kpiplatform.support.persistence.QueryConditions;

/** The conditions that select a {@link MeasurementRange} from table {@code measurement m}. */
final class MeasurementRangeConditions {

    private MeasurementRangeConditions() {
    }

    static QueryConditions of(MeasurementRange range, DimensionsCodec codec) {
        return new QueryConditions()
                .add("m.kpi_key = ?", range.kpiKey())
                .add("m.ts >= ?", range.from())
                .add("m.ts < ?", range.to())
                .add("m.dimensions::jsonb @> ?::jsonb", codec.encodeFilter(range.dimensions()));
    }
}
