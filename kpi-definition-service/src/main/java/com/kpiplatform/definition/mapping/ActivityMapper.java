package com.kpiplatform.definition.mapping;

import com.kpiplatform.definition.repository.KpiChangeEntity;
import com.kpiplatform.definition.repository.KpiReviewEntity;
import com.kpiplatform.definition.rest.dto.KpiChange;
import com.kpiplatform.definition.rest.dto.Review;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** What happened to a KPI (history entries, reviews) to its API records. */
@Mapper
public interface ActivityMapper {

    @Mapping(target = "from", source = "oldValue")
    @Mapping(target = "to", source = "newValue")
    KpiChange toChange(KpiChangeEntity change);

    Review toReview(KpiReviewEntity review, String kpiKey);
}
