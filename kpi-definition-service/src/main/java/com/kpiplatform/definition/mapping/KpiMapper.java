package com.kpiplatform.definition.mapping;

import com.kpiplatform.definition.repository.KpiEntity;
import com.kpiplatform.definition.rest.dto.KpiLookupResponse;
import com.kpiplatform.definition.rest.dto.KpiLookupResponse.KpiSummary;
import com.kpiplatform.definition.rest.dto.KpiRequest;
import com.kpiplatform.definition.rest.dto.KpiResponse;
import com.kpiplatform.definition.rest.dto.Owner;
import com.kpiplatform.definition.rest.dto.Range;
import com.kpiplatform.definition.rest.dto.Thresholds;
import com.kpiplatform.definition.service.KpiBulkReads;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/**
 * KPI entity to and from its API records. A request becomes a detached entity that the service
 * checks and stores, or copies onto the stored one; the key never changes.
 */
@Mapper
public interface KpiMapper {

    @Mapping(target = "owner", source = ".")
    @Mapping(target = "range", source = ".")
    @Mapping(target = "thresholds", source = ".")
    KpiResponse toResponse(KpiEntity kpi);

    KpiSummary toSummary(KpiEntity kpi);

    KpiLookupResponse toLookupResponse(KpiBulkReads.Lookup lookup);

    @IgnoreIdVersionAndAudit
    @FlattenOwner
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "formulaDependencies", ignore = true)
    @Mapping(target = "lastReviewedAt", ignore = true)
    @Mapping(target = "rangeMin", source = "range.min")
    @Mapping(target = "rangeMax", source = "range.max")
    @Mapping(target = "amberTolerancePercent", source = "thresholds.amberTolerancePercent",
            defaultExpression = "java(com.kpiplatform.definition.rest.dto.Thresholds.DEFAULT.amberTolerancePercent())")
    KpiEntity toEntity(KpiRequest request);

    @IgnoreIdVersionAndAudit
    @Mapping(target = "key", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "formulaDependencies", ignore = true)
    @Mapping(target = "lastReviewedAt", ignore = true)
    void redefine(KpiEntity definition, @MappingTarget KpiEntity kpi);

    default Owner owner(KpiEntity kpi) {
        return kpi.ownerTeam == null ? null : new Owner(kpi.ownerTeam, kpi.ownerName, kpi.ownerEmail);
    }

    default Range range(KpiEntity kpi) {
        return kpi.rangeMin == null ? null : new Range(kpi.rangeMin, kpi.rangeMax);
    }

    default Thresholds thresholds(KpiEntity kpi) {
        return new Thresholds(kpi.amberTolerancePercent);
    }

    /** Tags keep their order; repeats are dropped. */
    default List<String> tags(List<String> tags) {
        return tags == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(tags));
    }
}
