package com.kpiplatform.definition.mapping;

import com.kpiplatform.definition.repository.KpiTargetEntity;
import com.kpiplatform.definition.rest.dto.PeriodTarget;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Period targets to their API record. */
@Mapper
public interface TargetMapper {

    @Mapping(target = "period", source = "id.periodKey")
    PeriodTarget toPeriodTarget(KpiTargetEntity target);
}
