package com.kpiplatform.definition.rest.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An objective and the objectives aligned to it, at every depth. */
@Schema(name = "ObjectiveTree", requiredProperties = {"objective", "children"})
public record ObjectiveTree(
        ObjectiveResponse objective,
        @Schema(description = "Aligned objectives, oldest first, each with its own children.") List<ObjectiveTree> children) {
}
