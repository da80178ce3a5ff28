package com.kpiplatform.definition.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Finds dependency cycles between calculated KPIs, direct (A→A, A→B→A) or indirect (A→B→C→A). */
public final class FormulaCycles {

    private FormulaCycles() {
    }

    /**
     * The cycle that giving {@code key} the dependencies {@code dependencies} would close, as the
     * path from {@code key} back to itself, e.g. {@code [a, b, c, a]}.
     *
     * @param dependenciesOf the current dependencies of every other KPI (empty for plain KPIs)
     */
    public static Optional<List<String>> cycleThrough(String key, Collection<String> dependencies,
            Function<String, Collection<String>> dependenciesOf) {
        Set<String> visited = new HashSet<>();
        Deque<String> path = new ArrayDeque<>();
        path.add(key);
        for (String dependency : dependencies) {
            Optional<List<String>> cycle = search(key, dependency, dependenciesOf, visited, path);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> search(String target, String current,
            Function<String, Collection<String>> dependenciesOf, Set<String> visited, Deque<String> path) {
        path.addLast(current);
        if (current.equals(target)) {
            return Optional.of(new ArrayList<>(path));
        }
        if (visited.add(current)) {
            for (String next : dependenciesOf.apply(current)) {
                Optional<List<String>> cycle = search(target, next, dependenciesOf, visited, path);
                if (cycle.isPresent()) {
                    return cycle;
                }
            }
        }
        path.removeLast();
        return Optional.empty();
    }
}
