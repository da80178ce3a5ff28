package com.kpiplatform.definition.mapping;

import com.kpiplatform.definition.repository.CheckInEntity;
import com.kpiplatform.definition.repository.KeyResultEntity;
import com.kpiplatform.definition.repository.ObjectiveEntity;
import com.kpiplatform.definition.rest.dto.CheckIn;
import com.kpiplatform.definition.rest.dto.KeyResultRequest;
import com.kpiplatform.definition.rest.dto.KeyResultResponse;
import com.kpiplatform.definition.rest.dto.ObjectiveRequest;
import com.kpiplatform.definition.rest.dto.ObjectiveResponse;
import com.kpiplatform.definition.rest.dto.Owner;
import com.kpiplatform.definition.service.OkrProgress.KeyResultView;
import com.kpiplatform.definition.service.OkrProgress.ObjectiveView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/** Objectives, key results and check-ins to and from their API records. */
@Mapper
public interface OkrMapper {

    @Mapping(target = ".", source = "objective")
    @Mapping(target = "owner", source = "objective")
    ObjectiveResponse toResponse(ObjectiveView view);

    @Mapping(target = ".", source = "keyResult")
    KeyResultResponse toResponse(KeyResultView view);

    CheckIn toCheckIn(CheckInEntity checkIn);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "state", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "createdBy", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "updatedBy", ignore = true)
    @Mapping(target = "ownerTeam", source = "owner.team")
    @Mapping(target = "ownerName", source = "owner.name")
    @Mapping(target = "ownerEmail", source = "owner.email")
    @Mapping(target = "timeZone", source = "timeZone", defaultValue = "UTC")
    void apply(ObjectiveRequest request, @MappingTarget ObjectiveEntity objective);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "objectiveId", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "createdBy", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "updatedBy", ignore = true)
    @Mapping(target = "weight", source = "weight", defaultExpression = "java(java.math.BigDecimal.ONE)")
    void apply(KeyResultRequest request, @MappingTarget KeyResultEntity keyResult);

    default Owner owner(ObjectiveEntity objective) {
        return new Owner(objective.ownerTeam, objective.ownerName, objective.ownerEmail);
    }
}
