package com.kpiplatform.alerting.service.delivery;

import com.kpiplatform.alerting.config.AlertingConfig;
import com.kpiplatform.alerting.domain.AlertEventType;
import com.kpiplatform.alerting.domain.Notice;
import com.kpiplatform.alerting.domain.NoticeKind;
import com.kpiplatform.alerting.domain.SubjectType;
import com.kpiplatform.alerting.repository.RoutingStore.AlertRow;
import com.kpiplatform.alerting.repository.RoutingStore.MissedTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** The content of notifications: what an alert change, a missed target, a digest or a test says. */
@ApplicationScoped
public class Notices {

    @Inject
    AlertingConfig config;

    /** An alert change; {@code status}, {@code value} are the event's (the alert's when null). */
    public Notice alert(AlertEventType type, AlertRow alert, String status, BigDecimal value, String detail, Instant at) {
        NoticeKind kind = NoticeKind.of(type);
        String shown = status != null ? status : alert.status();
        String headline = switch (kind) {
            case ESCALATED -> "Escalated to " + shown + ": " + alert.title();
            case REPEATED -> "Still " + shown + ": " + alert.title();
            case RESOLVED -> "Resolved: " + alert.title() + " is " + shown;
            default -> shown + ": " + alert.title();
        };
        boolean kpi = alert.subjectType() == SubjectType.KPI;
        return new Notice(kind, headline, shown, alert.severity(), alert.subjectType(), alert.subjectKey(),
                alert.name() != null ? alert.name() : alert.title(), alert.unit(), value != null ? value : alert.value(),
                alert.target(), alert.pace(), alert.forecast(), alert.periodKey(), alert.ownerTeam(), alert.ownerName(),
                detail, kpi ? kpiLink(alert.subjectKey()) : null, kpi ? chartUrl(alert.subjectKey()) : null, at, List.of());
    }

    public Notice missedTarget(MissedTarget verdict, Instant at) {
        String name = verdict.name() != null ? verdict.name() : verdict.kpiKey();
        return new Notice(NoticeKind.MISSED_TARGET, "Missed target: " + name + " (" + verdict.kpiKey() + ") in "
                + verdict.periodKey(), verdict.status(), null, SubjectType.KPI, verdict.kpiKey(), name, verdict.unit(),
                verdict.actual(), verdict.target(), null, null, verdict.periodKey(), verdict.ownerTeam(),
                verdict.ownerName(), verdict.message(), kpiLink(verdict.kpiKey()), chartUrl(verdict.kpiKey()), at, List.of());
    }

    public Notice test(String channelName, String actor, Instant at) {
        return new Notice(NoticeKind.TEST, "Test message from the KPI platform", null, null, null, null, channelName,
                null, null, null, null, null, null, null, null, "Sent by " + actor + " to check the channel \""
                        + channelName + "\". Alerts routed here will look like this.", config.links().frontendUrl()
                        .orElse(null), null, at, List.of());
    }

    public Notice digest(String title, List<Notice.DigestLine> lines, String detail, Instant at) {
        long changed = lines.stream().filter(Notice.DigestLine::changed).count();
        return new Notice(NoticeKind.DIGEST, title + ": " + lines.size() + " KPIs, " + changed + " changed since last week",
                null, null, null, null, title, null, null, null, null, null, null, null, null, detail,
                config.links().frontendUrl().orElse(null), null, at, lines);
    }

    private String kpiLink(String kpiKey) {
        return config.links().frontendUrl().map(base -> strip(base) + "/kpis/" + encode(kpiKey)).orElse(null);
    }

    private String chartUrl(String kpiKey) {
        return config.links().publicBaseUrl().map(base -> strip(base) + "/api/v1/kpis/" + encode(kpiKey) + "/chart.png")
                .orElse(null);
    }

    private static String strip(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
