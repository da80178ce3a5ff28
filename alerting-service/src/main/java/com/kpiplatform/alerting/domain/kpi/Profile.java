package com.kpiplatform.alerting.domain.kpi;

import java.util.List;

/**
 * What people and filters know a subject by: its name and unit, its classification, and who owns
 * it. A key result or the evaluator itself has only some of it; the rest is null or empty.
 */
public record Profile(String name, String unit, String category, String level, List<String> tags, Owner owner) {

    /** The evaluator itself: no name, classification or owner. */
    public static final Profile NONE = new Profile(null, null, null, null, List.of(), Owner.NOBODY);

    public Profile {
        tags = tags == null ? List.of() : List.copyOf(tags);
        owner = owner == null ? Owner.NOBODY : owner;
    }

    /** A subject known only by its owning team (a key result). */
    public static Profile ofTeam(String team) {
        return new Profile(null, null, null, null, List.of(), new Owner(team, null, null));
    }
}
