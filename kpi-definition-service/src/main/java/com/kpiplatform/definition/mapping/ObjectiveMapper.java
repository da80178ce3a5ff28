package com.kpiplatform.definition.mapping;

import com.kpiplatform.definition.repository.ObjectiveEntity;
import com.kpiplatform.definition.rest.dto.ObjectiveRequest;
import com.kpiplatform.definition.rest.dto.ObjectiveResponse;
import com.kpiplatform.definition.rest.dto.ObjectiveTree;
import com.kpiplatform.definition.rest.dto.Owner;
import com.kpiplatform.definition.service.ObjectiveService.AlignmentTree;
import com.kpiplatform.definition.service.OkrProgress.ObjectiveView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/** Objectives, with their progress and alignment trees, to and from their API records. */
@Mapper(uses = KeyResultMapper.class)
public interface ObjectiveMapper {

    @Mapping(target = ".", source = "objective")
    @Mapping(target = ".", source = "timing")
    @Mapping(target = "owner", source = "objective")
    ObjectiveResponse toResponse(ObjectiveView view);

    ObjectiveTree toTree(AlignmentTree tree);

    /** A detached objective holding what the client defined, for the service to check and store or apply. */
    @IgnoreIdVersionAndAudit
    @FlattenOwner
    @Mapping(target = "state", ignore = true)
    @Mapping(target = "timeZone", source = "timeZone", defaultValue = "UTC")
    ObjectiveEntity toEntity(ObjectiveRequest request);

    /** Copies what a client defines from a checked definition onto the stored objective. */
    @IgnoreIdVersionAndAudit
    @Mapping(target = "state", ignore = true)
    void redefine(ObjectiveEntity definition, @MappingTarget ObjectiveEntity objective);

    default Owner owner(ObjectiveEntity objective) {
        return new Owner(objective.ownerTeam, objective.ownerName, objective.ownerEmail);
    }
}
