package com.kpiplatform.definition.repository;

import com.kpiplatform.definition.domain.Level;
import com.kpiplatform.definition.domain.okr.ObjectiveState;

/** The stored-field filters of an objective list; null means "any". */
public record ObjectiveQuery(String period, String ownerTeam, Level level, Long parentId, ObjectiveState state) {
}
