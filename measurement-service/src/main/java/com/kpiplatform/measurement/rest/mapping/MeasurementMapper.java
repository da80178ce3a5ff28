package com.kpiplatform.measurement.rest.mapping;

import com.kpiplatform.measurement.domain.IngestOutcome;
import com.kpiplatform.measurement.domain.StoredMeasurement;
import com.kpiplatform.measurement.domain.StoredMeasurementPage;
import com.kpiplatform.measurement.rest.dto.IngestResult;
import com.kpiplatform.measurement.rest.dto.MeasurementPage;
import com.kpiplatform.measurement.rest.dto.MeasurementResponse;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Written and stored measurements to their API records. */
@Mapper
public interface MeasurementMapper {

    IngestResult toResult(IngestOutcome outcome);

    MeasurementPage toPage(StoredMeasurementPage page);

    @Mapping(target = ".", source = "measurement")
    MeasurementResponse toResponse(StoredMeasurement stored);
}
