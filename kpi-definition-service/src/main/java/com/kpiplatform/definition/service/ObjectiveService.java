package com.kpiplatform.definition.service;

import com.kpiplatform.definition.domain.okr.ObjectivePeriod;
import com.kpiplatform.definition.domain.okr.ObjectiveQuery;
import com.kpiplatform.definition.domain.okr.ObjectiveState;
import com.kpiplatform.definition.domain.okr.OkrStatus;
import com.kpiplatform.definition.mapping.OkrMapper;
import com.kpiplatform.definition.repository.ObjectiveEntity;
import com.kpiplatform.definition.repository.ObjectiveRepository;
import com.kpiplatform.definition.repository.ResultPage;
import com.kpiplatform.definition.rest.dto.ObjectiveRequest;
import com.kpiplatform.definition.rest.dto.ObjectiveResponse;
import com.kpiplatform.definition.rest.dto.ObjectiveTree;
import com.kpiplatform.support.actor.CurrentActor;
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
    OkrMapper mapper;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @Transactional
    public ObjectiveResponse create(ObjectiveRequest request) {
        checkPeriod(request.period());
        if (request.parentId() != null) {
            requireActiveParent(request.parentId());
        }
        ObjectiveEntity objective = new ObjectiveEntity();
        mapper.apply(request, objective);
        objective.createdAt = clock.instant();
        objective.createdBy = actor.name();
        touch(objective);
        objectives.persistAndFlush(objective);
        return view(objective);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ObjectiveResponse get(long id) {
        return view(require(id));
    }

    /**
     * A page of objectives. A status filter needs every match's progress, so it is applied after
     * computing it for all objectives that match the other filters.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<ObjectiveResponse> list(ObjectiveQuery query, OkrStatus status, PageParams page) {
        if (status == null) {
            ResultPage<ObjectiveEntity> found = objectives.search(query, page.offset(), page.size());
            return PageResponse.of(views(found.items()), page, found.total());
        }
        List<ObjectiveResponse> matching = views(objectives.search(query, 0, Integer.MAX_VALUE).items()).stream()
                .filter(o -> o.status() == status).toList();
        int from = Math.min(page.offset(), matching.size());
        return PageResponse.of(matching.subList(from, Math.min(matching.size(), from + page.size())), page, matching.size());
    }

    @Transactional
    public ObjectiveResponse update(long id, String ifMatch, ObjectiveRequest request) {
        ObjectiveEntity objective = requireActive(id);
        ETags.requireMatch(ifMatch, objective.version, "Objective " + id);
        checkPeriod(request.period());
        String timeZone = request.timeZone() == null ? "UTC" : request.timeZone();
        if (objective.isClosedAt(clock.instant())
                && (!objective.period.equals(request.period()) || !objective.timeZone.equals(timeZone))) {
            throw ProblemException.conflict("Objective " + id + " is closed (its period " + objective.period
                    + " has ended): its period and time zone can no longer change.");
        }
        if (request.parentId() != null && !request.parentId().equals(objective.parentId)) {
            requireActiveParent(request.parentId());
            requireNoCycle(objective.id, request.parentId());
        }
        mapper.apply(request, objective);
        touch(objective);
        objectives.flush();
        return view(objective);
    }

    @Transactional
    public void archive(long id, String ifMatch) {
        ObjectiveEntity objective = require(id);
        ETags.checkIfPresent(ifMatch, objective.version, "Objective " + id);
        changeState(objective, ObjectiveState.ARCHIVED);
    }

    @Transactional
    public ObjectiveResponse restore(long id) {
        ObjectiveEntity objective = require(id);
        changeState(objective, ObjectiveState.ACTIVE);
        return view(objective);
    }

    /** The objective with everything aligned below it, each with its progress. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ObjectiveTree tree(long id) {
        require(id);
        List<ObjectiveResponse> all = views(objectives.withDescendants(id));
        Map<Long, List<ObjectiveResponse>> children = all.stream().filter(o -> o.parentId() != null)
                .collect(Collectors.groupingBy(ObjectiveResponse::parentId));
        ObjectiveResponse root = all.stream().filter(o -> o.id() == id).findFirst().orElseThrow();
        return treeOf(root, children);
    }

    /** The objective, in any state, or a 404. */
    ObjectiveEntity require(long id) {
        return objectives.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No objective with id " + id + "."));
    }

    /** The objective if it is active; 404 if there is none, 409 if it is archived. */
    ObjectiveEntity requireActive(long id) {
        ObjectiveEntity objective = require(id);
        if (!objective.isActive()) {
            throw ProblemException.conflict("Objective " + id + " is archived and read-only; restore it first.");
        }
        return objective;
    }

    ObjectiveResponse view(ObjectiveEntity objective) {
        return mapper.toResponse(progress.of(objective));
    }

    private List<ObjectiveResponse> views(List<ObjectiveEntity> found) {
        return progress.of(found).stream().map(mapper::toResponse).toList();
    }

    private static ObjectiveTree treeOf(ObjectiveResponse node, Map<Long, List<ObjectiveResponse>> children) {
        List<ObjectiveTree> below = new ArrayList<>();
        for (ObjectiveResponse child : children.getOrDefault(node.id(), List.of())) {
            below.add(treeOf(child, children));
        }
        return new ObjectiveTree(node, below);
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
            touch(objective);
            objectives.flush();
        }
    }

    private void touch(ObjectiveEntity objective) {
        objective.updatedAt = clock.instant();
        objective.updatedBy = actor.name();
    }
}
