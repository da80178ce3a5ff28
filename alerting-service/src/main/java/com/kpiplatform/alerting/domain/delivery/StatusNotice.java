package com.kpiplatform.alerting.domain.delivery;

import com.kpiplatform.alerting.domain.alert.Severity;
import java.time.Instant;

/**
 * How one KPI, key result or the evaluator itself stands: an alert fired, escalated, repeated or
 * resolved ({@code severity} set), or a period ended below its target ({@code MISSED_TARGET}).
 */
public record StatusNotice(NoticeKind kind, String headline, Severity severity, NoticeSubject subject, Figures figures,
        String detail, Links links, Instant at) implements Notice {

    @Override
    public String link() {
        return links.dashboard();
    }

    /** Where the subject's page and chart are; either may be null. */
    public record Links(String dashboard, String chart) {

        public static final Links NONE = new Links(null, null);
    }
}
