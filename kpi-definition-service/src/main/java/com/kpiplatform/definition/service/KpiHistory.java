package com.kpiplatform.definition.service;

import com.kpiplatform.definition.repository.ActorColumns;
import com.kpiplatform.definition.repository.KpiChangeEntity;
import com.kpiplatform.definition.repository.KpiChangeRepository;
import com.kpiplatform.definition.repository.KpiEntity;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The audit history of KPIs and their targets: who changed which field, when, from what, to what. */
@ApplicationScoped
public class KpiHistory {

    public static final String CREATED = "CREATED";
    public static final String UPDATED = "UPDATED";
    public static final String ARCHIVED = "ARCHIVED";
    public static final String RESTORED = "RESTORED";
    public static final String TARGET_SET = "TARGET_SET";
    public static final String TARGET_DELETED = "TARGET_DELETED";
    public static final String REVIEWED = "REVIEWED";

    private static final int MAX_VALUE_LENGTH = 4000;

    @Inject
    KpiChangeRepository changes;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    /** Records one entry per field whose value differs between the two snapshots. */
    public void recordDifferences(KpiEntity kpi, String action, Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            String from = before.get(field);
            String to = after.get(field);
            if (!Objects.equals(from, to)) {
                record(kpi, action, field, from, to);
            }
        }
    }

    public void record(KpiEntity kpi, String action, String field, String from, String to) {
        KpiChangeEntity change = new KpiChangeEntity();
        change.kpiId = kpi.id;
        change.changedAt = clock.instant();
        change.changedBy = ActorColumns.of(caller.actor());
        change.action = action;
        change.field = field;
        change.oldValue = truncate(from);
        change.newValue = truncate(to);
        changes.persist(change);
    }

    public PageResponse<KpiChangeEntity> page(KpiEntity kpi, PageParams params) {
        return PageResponse.of(changes.page(kpi.id, params.page(), params.size()), params, changes.countFor(kpi.id));
    }

    private static String truncate(String value) {
        return value == null || value.length() <= MAX_VALUE_LENGTH ? value : value.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }
}
