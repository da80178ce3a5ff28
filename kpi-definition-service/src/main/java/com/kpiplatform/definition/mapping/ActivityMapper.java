package com.kpiplatform.definition.mapping;

import com.kpiplatform.definition.repository.KpiChangeEntity;
import com.kpiplatform.definition.repository.KpiReviewEntity;
import com.kpiplatform.definition.rest.dto.KpiChange;
import com.kpiplatform.definition.rest.dto.Review;
import com.kpiplatform.definition.rest.dto.ReviewRequest;
import com.kpiplatform.support.paging.PageResponse;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * What happened to a KPI (history entries, reviews) to and from its API records. A review request
 * becomes a detached entity; the service says of which KPI and by whom.
 */
@Mapper
public interface ActivityMapper {

    @Mapping(target = "from", source = "oldValue")
    @Mapping(target = "to", source = "newValue")
    KpiChange toChange(KpiChangeEntity change);

    Review toReview(KpiReviewEntity review, String kpiKey);

    default PageResponse<Review> toReviews(PageResponse<KpiReviewEntity> reviews, String kpiKey) {
        return reviews.map(review -> toReview(review, kpiKey));
    }

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "kpiId", ignore = true)
    @Mapping(target = "reviewedBy", ignore = true)
    KpiReviewEntity toEntity(ReviewRequest request);
}
