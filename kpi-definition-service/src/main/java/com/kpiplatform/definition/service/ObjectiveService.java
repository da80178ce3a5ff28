package com.kpiplatform.definition.service;

import com.kpiplatform.definition.domain.okr.ObjectivePeriod;
import com.kpiplatform.definition.domain.okr.ObjectiveQuery;
import com.kpiplatform.definition.domain.okr.ObjectiveState;
import com.kpiplatform.definition.domain.okr.OkrStatus;
import com.kpiplatform.definition.mapping.ObjectiveMapper;
import com.kpiplatform.definition.repository.ObjectiveEntity;
import com.kpiplatform.definition.repository.ObjectiveRepository;
import com.kpiplatform.definition.repository.ResultPage;
import com.kpiplatform.definition.service.OkrProgress.AlignmentTree;
import com.kpiplatform.definition.service.OkrProgress.ObjectiveView;
import com.kpiplatform.support.http.ETags;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.period.InvalidPeriodKeyException;
import com.kpiplatform.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Objectives: create, read with progress, change (If-Match), align, archive, restore, and their trees. */
@ApplicationScoped
public class ObjectiveService {

    @Inject
    ObjectiveRepository objectives;

    @Inject
    OkrProgress progress;

    @Inject
    ObjectiveMapper mapper;

    @Inject
    AuditStamps stamps;

    @Inject
    OwnerTeams owners;

    @Inject
    Clock clock;

    /** An objective with its progress, and the objectives aligned below it, each with theirs. */
    @Transactional
    public ObjectiveView create(ObjectiveEntity objective) {
        owners.requireMayChange("An objective", objective.ownerTeam);
        checkPeriod(objective.period);
        if (objective.parentId != null) {
            requireActiveParent(objective.parentId);
        }
        stamps.created(objective);
        objectives.persistAndFlush(objective);
        return progress.of(objective);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ObjectiveView get(long id) {
        return progress.of(require(id));
    }

    /**
     * A page of objectives. A status filter needs every match's progress, so it is applied after
     * computing it for all objectives that match the other filters. A period filter that no
     * objective could have is a 400 naming {@code period}, not an empty page.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<ObjectiveView> list(ObjectiveQuery query, OkrStatus status, PageParams page) {
        if (query.period() != null) {
            checkPeriod(query.period());
        }
        if (status == null) {
            ResultPage<ObjectiveEntity> found = objectives.search(query, page.offset(), page.size());
            return PageResponse.of(progress.of(found.items()), page, found.total());
        }
        return PageResponse.slice(progress.of(objectives.search(query, 0, Integer.MAX_VALUE).items()).stream()
                .filter(o -> o.status() == status).toList(), page);
    }

    /** Replaces the objective's definition with {@code definition}. */
    @Transactional
    public ObjectiveView update(long id, String ifMatch, ObjectiveEntity definition) {
        ObjectiveEntity objective = requireChangeable(id);
        owners.requireMayMove("Objective " + id, objective.ownerTeam, definition.ownerTeam);
        ETags.requireMatch(ifMatch, objective.version, "Objective " + id);
        checkPeriod(definition.period);
        if (objective.isClosedAt(clock.instant())
                && (!objective.period.equals(definition.period) || !objective.timeZone.equals(definition.timeZone))) {
            throw ProblemException.conflict("Objective " + id + " is closed (its period " + objective.period
                    + " has ended): its period and time zone can no longer change.");
        }
        if (definition.parentId != null && !definition.parentId.equals(objective.parentId)) {
            requireActiveParent(definition.parentId);
            requireNoCycle(objective.id, definition.parentId);
        }
        mapper.redefine(definition, objective);
        stamps.updated(objective);
        objectives.flush();
        return progress.of(objective);
    }

    @Transactional
    public void archive(long id, String ifMatch) {
        ObjectiveEntity objective = requireOwned(id);
        ETags.checkIfPresent(ifMatch, objective.version, "Objective " + id);
        changeState(objective, ObjectiveState.ARCHIVED);
    }

    @Transactional
    public ObjectiveView restore(long id) {
        ObjectiveEntity objective = requireOwned(id);
        changeState(objective, ObjectiveState.ACTIVE);
        return progress.of(objective);
    }

    /** The objective with everything aligned below it, each with its progress. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AlignmentTree tree(long id) {
        require(id);
        List<ObjectiveView> all = progress.of(objectives.withDescendants(id));
        Map<Long, List<ObjectiveView>> children = all.stream().filter(o -> o.objective().parentId != null)
                .collect(Collectors.groupingBy(o -> o.objective().parentId));
        ObjectiveView root = all.stream().filter(o -> o.objective().id == id).findFirst().orElseThrow();
        return treeOf(root, children);
    }

    /** The objective, in any state, or a 404. */
    ObjectiveEntity require(long id) {
        return objectives.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No objective with id " + id + "."));
    }

    /** The objective if the caller may change it (403 otherwise), in any state, or a 404. */
    private ObjectiveEntity requireOwned(long id) {
        ObjectiveEntity objective = require(id);
        owners.requireMayChange("Objective " + id, objective.ownerTeam);
        return objective;
    }

    /**
     * The objective, for a change to it or its key results and check-ins: 404 if there is none,
     * 403 if the caller may not change it, 409 if it is archived.
     */
    ObjectiveEntity requireChangeable(long id) {
        ObjectiveEntity objective = requireOwned(id);
        if (!objective.isActive()) {
            throw ProblemException.conflict("Objective " + id + " is archived and read-only; restore it first.");
        }
        return objective;
    }

    private static AlignmentTree treeOf(ObjectiveView node, Map<Long, List<ObjectiveView>> children) {
        List<AlignmentTree> below = new ArrayList<>();
        for (ObjectiveView child : children.getOrDefault(node.objective().id, List.of())) {
            below.add(treeOf(child, children));
        }
        return new AlignmentTree(node, below);
    }

    private static void checkPeriod(String period) {
        try {
            ObjectivePeriod.parse(period);
        } catch (InvalidPeriodKeyException e) {
            throw ProblemException.invalid("period", e.getMessage());
        }
    }

    private void requireActiveParent(long parentId) {
        ObjectiveEntity parent = objectives.findByIdOptional(parentId)
                .orElseThrow(() -> ProblemException.invalid("parentId", "no objective with id " + parentId));
        if (!parent.isActive()) {
            throw ProblemException.invalid("parentId", "objective " + parentId + " is archived");
        }
    }

    /** Aligning {@code id} under {@code parentId} must not make {@code id} its own ancestor. */
    private void requireNoCycle(long id, long parentId) {
        List<Long> path = objectives.pathToRoot(parentId);
        int index = path.indexOf(id);
        if (index >= 0) {
            List<Long> cycle = new ArrayList<>(path.subList(0, index + 1));
            cycle.add(0, id);
            throw ProblemException.invalid("parentId", "would make an alignment cycle: "
                    + cycle.stream().map(Objects::toString).collect(Collectors.joining(" → ")) + " (each aligned to the next)");
        }
    }

    private void changeState(ObjectiveEntity objective, ObjectiveState state) {
        if (objective.state != state) {
            objective.state = state;
            stamps.updated(objective);
            objectives.flush();
        }
    }
}
