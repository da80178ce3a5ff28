package com.kpiplatform.alerting.repository;

import com.kpiplatform.alerting.domain.alert.Severity;
import com.kpiplatform.alerting.domain.alert.SubjectType;
import com.kpiplatform.alerting.domain.delivery.DigestLine;
import com.kpiplatform.alerting.domain.delivery.DigestNotice;
import com.kpiplatform.alerting.domain.delivery.Figures;
import com.kpiplatform.alerting.domain.delivery.Notice;
import com.kpiplatform.alerting.domain.delivery.NoticeKind;
import com.kpiplatform.alerting.domain.delivery.NoticeSubject;
import com.kpiplatform.alerting.domain.delivery.StatusNotice;
import com.kpiplatform.alerting.domain.delivery.TestNotice;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A notice as one flat JSON document: how the outbox stores it, the deliveries API shows it and
 * webhooks receive it. Its fields are a published format; every kind of notice fills the ones it has.
 */
public record NoticeDocument(NoticeKind kind, String headline, String status, Severity severity,
        SubjectType subjectType, String subjectKey, String name, String unit, BigDecimal actual, BigDecimal target,
        BigDecimal pace, BigDecimal forecast, String period, String ownerTeam, String ownerName, String detail,
        String link, String chartUrl, Instant at, List<DigestLine> lines) {

    public static NoticeDocument of(Notice notice) {
        if (notice instanceof StatusNotice status) {
            NoticeSubject subject = status.subject();
            Figures figures = status.figures();
            return new NoticeDocument(status.kind(), status.headline(), figures.status(), status.severity(),
                    subject.type(), subject.key(), subject.name(), figures.unit(), figures.actual(), figures.target(),
                    figures.pace(), figures.forecast(), subject.period(), subject.ownerTeam(), subject.ownerName(),
                    status.detail(), status.links().dashboard(), status.links().chart(), status.at(), List.of());
        }
        if (notice instanceof DigestNotice digest) {
            return named(digest, digest.title(), digest.lines());
        }
        TestNotice test = (TestNotice) notice;
        return named(test, test.channelName(), List.of());
    }

    public Notice toNotice() {
        return switch (kind) {
            case DIGEST -> new DigestNotice(headline, name, detail, link, at, lines == null ? List.of() : lines);
            case TEST -> new TestNotice(headline, name, detail, link, at);
            default -> new StatusNotice(kind, headline, severity, new NoticeSubject(subjectType, subjectKey, name,
                    period, ownerTeam, ownerName), new Figures(status, unit, actual, target, pace, forecast), detail,
                    new StatusNotice.Links(link, chartUrl), at);
        };
    }

    private static NoticeDocument named(Notice notice, String name, List<DigestLine> lines) {
        return new NoticeDocument(notice.kind(), notice.headline(), null, null, null, null, name, null, null, null, null,
                null, null, null, null, notice.detail(), notice.link(), null, notice.at(), lines);
    }
}
