package com.kpiplatform.definition.mapping;

import com.kpiplatform.definition.repository.ObjectiveEntity;
import com.kpiplatform.definition.rest.dto.ObjectiveRequest;
import com.kpiplatform.definition.rest.dto.ObjectiveResponse;
import com.kpiplatform.definition.rest.dto.ObjectiveTree;
import com.kpiplatform.definition.rest.dto.Owner;
import com.kpiplatform.definition.service.OkrProgress.AlignmentTree;
import com.kpiplatform.definition.service.OkrProgress.ObjectiveView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/**
 * Objectives, with their progress and alignment trees, to and from their API records. A request
 * becomes a detached entity that the service checks and stores, or copies onto the stored one.
 */
@Mapper(uses = KeyResultMapper.class)
public interface ObjectiveMapper {

    ObjectiveTree toTree(AlignmentTree tree);

    @Mapping(target = ".", source = "objective")
    @Mapping(target = ".", source = "timing")
    @Mapping(target = "owner", source = "objective")
    ObjectiveResponse toResponse(ObjectiveView view);

    @IgnoreIdVersionAndAudit
    @Mapping(target = "state", ignore = true)
    @Mapping(target = "timeZone", source = "timeZone", defaultValue = "UTC")
    @FlattenOwner
    ObjectiveEntity toEntity(ObjectiveRequest request);

    @IgnoreIdVersionAndAudit
    @Mapping(target = "state", ignore = true)
    void redefine(ObjectiveEntity definition, @MappingTarget ObjectiveEntity objective);

    default Owner owner(ObjectiveEntity objective) {
        return new Owner(objective.ownerTeam, objective.ownerName, objective.ownerEmail);
    }
}
