package com.kpiplatform.definition.mapping;

import com.kpiplatform.definition.repository.CheckInEntity;
import com.kpiplatform.definition.repository.KeyResultEntity;
import com.kpiplatform.definition.rest.dto.CheckIn;
import com.kpiplatform.definition.rest.dto.CheckInRequest;
import com.kpiplatform.definition.rest.dto.KeyResultRequest;
import com.kpiplatform.definition.rest.dto.KeyResultResponse;
import com.kpiplatform.definition.service.OkrProgress.KeyResultView;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/**
 * Key results, with where they stand, and their check-ins to and from their API records. A request
 * becomes a detached entity that the service checks and stores, or copies onto the stored one.
 */
@Mapper
public interface KeyResultMapper {

    @Mapping(target = ".", source = "keyResult")
    @Mapping(target = ".", source = "reading")
    KeyResultResponse toResponse(KeyResultView view);

    List<KeyResultResponse> toResponses(List<KeyResultView> views);

    @IgnoreIdVersionAndAudit
    @Mapping(target = "objectiveId", ignore = true)
    @Mapping(target = "weight", source = "weight", defaultExpression = "java(java.math.BigDecimal.ONE)")
    KeyResultEntity toEntity(KeyResultRequest request);

    @IgnoreIdVersionAndAudit
    @Mapping(target = "objectiveId", ignore = true)
    void redefine(KeyResultEntity definition, @MappingTarget KeyResultEntity keyResult);

    CheckIn toCheckIn(CheckInEntity checkIn);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "keyResultId", ignore = true)
    @Mapping(target = "checkedInAt", ignore = true)
    @Mapping(target = "checkedInBy", ignore = true)
    CheckInEntity toEntity(CheckInRequest request);
}
