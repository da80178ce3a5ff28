package com.kpiplatform.definition.mapping;

import com.kpiplatform.definition.domain.TargetSetting;
import com.kpiplatform.definition.repository.KpiTargetEntity;
import com.kpiplatform.definition.rest.dto.EffectiveTarget;
import com.kpiplatform.definition.rest.dto.KpiEvaluationView;
import com.kpiplatform.definition.rest.dto.PeriodBounds;
import com.kpiplatform.definition.rest.dto.PeriodTarget;
import com.kpiplatform.definition.rest.dto.PeriodTargetRequest;
import com.kpiplatform.definition.rest.dto.TargetRequest;
import com.kpiplatform.definition.service.EffectiveTargets.Resolved;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Targets to and from their API records: period targets, and what a KPI aims for at an instant. */
@Mapper(uses = KpiMapper.class)
public interface TargetMapper {

    @Mapping(target = "period", source = "id.periodKey")
    PeriodTarget toPeriodTarget(KpiTargetEntity target);

    List<PeriodTarget> toPeriodTargets(List<KpiTargetEntity> targets);

    TargetSetting toSetting(String period, TargetRequest request);

    List<TargetSetting> toSettings(List<PeriodTargetRequest> requests);

    @Mapping(target = "kpiKey", source = "kpi.key")
    @Mapping(target = "timeZone", source = "kpi.timeZone")
    @Mapping(target = "period", source = ".")
    @Mapping(target = "range", source = "kpi")
    EffectiveTarget toEffectiveTarget(Resolved resolved);

    @Mapping(target = ".", source = "kpi")
    @Mapping(target = "owner", source = "kpi")
    @Mapping(target = "thresholds", source = "kpi")
    @Mapping(target = "range", source = "kpi")
    @Mapping(target = "period", source = "kpi.period")
    @Mapping(target = "currentPeriod", source = ".")
    @Mapping(target = "targetSource", source = "source")
    KpiEvaluationView toEvaluationView(Resolved resolved);

    default PeriodBounds bounds(Resolved resolved) {
        return new PeriodBounds(resolved.period().key(), resolved.periodStart(), resolved.periodEnd());
    }
}
