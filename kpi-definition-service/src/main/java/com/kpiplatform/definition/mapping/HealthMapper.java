package com.kpiplatform.definition.mapping;

import com.kpiplatform.definition.domain.HealthReport;
import com.kpiplatform.definition.rest.dto.KpiHealthReport;
import org.mapstruct.Mapper;

/** The KPI health report to its API record. */
@Mapper
public interface HealthMapper {

    KpiHealthReport toReport(HealthReport report);
}
