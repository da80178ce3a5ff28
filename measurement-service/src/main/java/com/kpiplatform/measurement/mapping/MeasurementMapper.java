package com.kpiplatform.measurement.mapping;

import com.kpiplatform.measurement.domain.IngestOutcome;
import com.kpiplatform.measurement.domain.Measurement;
import com.kpiplatform.measurement.domain.StoredMeasurement;
import com.kpiplatform.measurement.domain.StoredMeasurementPage;
import com.kpiplatform.measurement.rest.dto.IngestResult;
import com.kpiplatform.measurement.rest.dto.MeasurementPage;
import com.kpiplatform.measurement.rest.dto.MeasurementResponse;

/** Written and stored measurements to their API records. */
public final class MeasurementMapper {

    private MeasurementMapper() {
    }

    public static IngestResult toResult(IngestOutcome outcome) {
        return new IngestResult(outcome.received(), outcome.stored());
    }

    public static MeasurementPage toPage(StoredMeasurementPage page) {
        return new MeasurementPage(page.items().stream().map(MeasurementMapper::toResponse).toList(), page.nextCursor());
    }

    private static MeasurementResponse toResponse(StoredMeasurement stored) {
        Measurement measurement = stored.measurement();
        return new MeasurementResponse(measurement.kpiKey(), measurement.timestamp(), measurement.value(),
                measurement.dimensions(), stored.source(), stored.receivedAt());
    }
}
