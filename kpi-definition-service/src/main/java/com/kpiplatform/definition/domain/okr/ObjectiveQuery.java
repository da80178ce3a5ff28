package com.kpiplatform.definition.domain.okr;

import com.kpiplatform.definition.domain.Level;

/** The stored-field filters of an objective list; null means "any". */
public record ObjectiveQuery(String period, String ownerTeam, Level level, Long parentId, ObjectiveState state) {

    /** A blank period means "any", as a blank level or status does. */
    public ObjectiveQuery {
        period = period == null || period.isBlank() ? null : period.strip();
    }
}
