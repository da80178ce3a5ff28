package com.kpiplatform.alerting.domain.delivery;

import com.kpiplatform.alerting.domain.alert.SubjectType;

/**
 * What a status notice is about.
 *
 * @param key the KPI key, key result id or the evaluator's subject
 * @param name what people call it (a KPI's name, else the alert's title)
 */
public record NoticeSubject(SubjectType type, String key, String name, String period, String ownerTeam,
        String ownerName) {
}
