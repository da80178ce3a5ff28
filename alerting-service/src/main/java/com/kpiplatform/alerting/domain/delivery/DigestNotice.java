package com.kpiplatform.alerting.domain.delivery;

import java.time.Instant;
import java.util.List;

/** A weekly scorecard, or a KPI owner's list of overdue reviews. */
public record DigestNotice(String headline, String title, String detail, String link, Instant at,
        List<DigestLine> lines) implements Notice {

    public DigestNotice {
        lines = List.copyOf(lines);
    }

    @Override
    public NoticeKind kind() {
        return NoticeKind.DIGEST;
    }
}
