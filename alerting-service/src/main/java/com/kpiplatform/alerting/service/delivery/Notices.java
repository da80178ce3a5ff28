package com.kpiplatform.alerting.service.delivery;

import com.kpiplatform.alerting.config.AlertingConfig;
import com.kpiplatform.alerting.domain.alert.AlertEventType;
import com.kpiplatform.alerting.domain.alert.Condition;
import com.kpiplatform.alerting.domain.alert.Observation;
import com.kpiplatform.alerting.domain.alert.Severity;
import com.kpiplatform.alerting.domain.alert.SubjectType;
import com.kpiplatform.alerting.domain.delivery.DigestLine;
import com.kpiplatform.alerting.domain.delivery.DigestNotice;
import com.kpiplatform.alerting.domain.delivery.Figures;
import com.kpiplatform.alerting.domain.delivery.MissedTarget;
import com.kpiplatform.alerting.domain.delivery.NoticeKind;
import com.kpiplatform.alerting.domain.delivery.NoticeSubject;
import com.kpiplatform.alerting.domain.delivery.StatusNotice;
import com.kpiplatform.alerting.domain.delivery.TestNotice;
import com.kpiplatform.alerting.domain.judging.Verdict;
import com.kpiplatform.alerting.domain.kpi.Kpi;
import com.kpiplatform.alerting.domain.kpi.Profile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** The content of notifications: what an alert change, a missed target, a digest or a test says. */
@ApplicationScoped
public class Notices {

    @Inject
    AlertingConfig config;

    /** A change of an alert, with how its subject stands now. */
    public StatusNotice alert(AlertEventType type, Severity severity, Observation alert, Instant at) {
        NoticeKind kind = NoticeKind.of(type);
        Condition condition = alert.condition();
        String status = condition.status();
        String headline = switch (kind) {
            case ESCALATED -> "Escalated to " + status + ": " + alert.title();
            case REPEATED -> "Still " + status + ": " + alert.title();
            case RESOLVED -> "Resolved: " + alert.title() + " is " + status;
            default -> status + ": " + alert.title();
        };
        Profile profile = alert.profile();
        NoticeSubject subject = new NoticeSubject(alert.subjectType(), alert.subjectKey(),
                profile.name() != null ? profile.name() : alert.title(), alert.key().periodKey(), profile.owner().team(),
                profile.owner().name());
        Figures figures = new Figures(status, profile.unit(), condition.value(), condition.target(), condition.pace(),
                condition.forecast());
        return new StatusNotice(kind, headline, severity, subject, figures, condition.detail(),
                alert.subjectType() == SubjectType.KPI ? links(alert.subjectKey()) : StatusNotice.Links.NONE, at);
    }

    public StatusNotice missedTarget(MissedTarget missed, Instant at) {
        Verdict verdict = missed.recorded().verdict();
        Kpi kpi = missed.kpi();
        Profile profile = kpi.profile();
        NoticeSubject subject = new NoticeSubject(SubjectType.KPI, kpi.key(), profile.name(), verdict.periodKey(),
                profile.owner().team(), profile.owner().name());
        Figures figures = new Figures(verdict.status().name(), profile.unit(), verdict.actual(), verdict.target(), null,
                null);
        return new StatusNotice(NoticeKind.MISSED_TARGET, "Missed target: " + kpi.title() + " in " + verdict.periodKey(),
                null, subject, figures, verdict.message(), links(kpi.key()), at);
    }

    public TestNotice test(String channelName, String actor, Instant at) {
        return new TestNotice("Test message from the KPI platform", channelName, "Sent by " + actor
                + " to check the channel \"" + channelName + "\". Alerts routed here will look like this.", frontend(), at);
    }

    public DigestNotice digest(String title, List<DigestLine> lines, String detail, Instant at) {
        long changed = lines.stream().filter(DigestLine::changed).count();
        return new DigestNotice(title + ": " + lines.size() + " KPIs, " + changed + " changed since last week", title,
                detail, frontend(), at, lines);
    }

    private String frontend() {
        return config.links().frontendUrl().orElse(null);
    }

    private StatusNotice.Links links(String kpiKey) {
        return new StatusNotice.Links(
                config.links().frontendUrl().map(base -> strip(base) + "/kpis/" + encode(kpiKey)).orElse(null),
                config.links().publicBaseUrl().map(base -> strip(base) + "/api/v1/kpis/" + encode(kpiKey) + "/chart.png")
                        .orElse(null));
    }

    private static String strip(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
