package com.kpiplatform.alerting.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One notification's content, fixed when it is queued: every channel renders its message from it,
 * and every retry sends the same message.
 *
 * @param headline one line that says it all ("OFF_TRACK: Monthly recurring revenue (sales.mrr)")
 * @param subjectKey the KPI key, key result id or system subject
 * @param link the KPI's page in the frontend, when a frontend URL is configured
 * @param chartUrl the KPI's chart, when a public base URL is configured
 * @param lines a digest's scorecard; empty otherwise
 */
public record Notice(NoticeKind kind, String headline, String status, Severity severity, SubjectType subjectType,
        String subjectKey, String name, String unit, BigDecimal actual, BigDecimal target, BigDecimal pace,
        BigDecimal forecast, String period, String ownerTeam, String ownerName, String detail, String link,
        String chartUrl, Instant at, List<DigestLine> lines) {

    public Notice {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** One KPI in a weekly digest: its status now and a week ago. */
    public record DigestLine(String kpiKey, String name, String unit, String status, String previousStatus,
            BigDecimal actual, BigDecimal target, String note) {

        public boolean changed() {
            return previousStatus != null && !previousStatus.equals(status);
        }
    }
}
