package com.kpiplatform.alerting.service.delivery;

import com.kpiplatform.alerting.domain.Notice.DigestLine;
import com.kpiplatform.alerting.domain.Notice;
import com.kpiplatform.alerting.domain.NoticeKind;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Emails: a subject that says the status and the KPI, and the same content as HTML and as plain text. */
@ApplicationScoped
public class EmailMessages {

    /** The content id the HTML refers to the inline chart by. */
    public static final String CHART_CID = "chart@kpi-platform";

    /** What the templates show, every value already written for people. */
    @TemplateData
    public record View(String headline, String colour, String name, String actual, String target, String pace,
            String forecast, String period, String owner, String severity, String subject, String detail, String link,
            boolean chart, List<Line> lines) {
    }

    @TemplateData
    public record Line(String name, String kpiKey, String status, String previousStatus, boolean changed,
            String actual, String target, String note, String colour) {
    }

    /** A rendered email. */
    public record Rendered(String subject, String text, String html) {
    }

    @Location("mail/notice.html")
    Template html;

    @Location("mail/notice.txt")
    Template text;

    public Rendered render(Notice notice, boolean chart) {
        View view = view(notice, chart);
        return new Rendered(subject(notice), text.data("n", view).render(), html.data("n", view).render());
    }

    public static String subject(Notice notice) {
        boolean measured = notice.kind() != NoticeKind.DIGEST && notice.kind() != NoticeKind.TEST
                && (notice.actual() != null || notice.target() != null);
        return measured ? notice.headline() + " – " + Look.amount(notice.actual(), notice.unit()) + " vs target "
                + Look.amount(notice.target(), notice.unit()) : notice.headline();
    }

    private static View view(Notice notice, boolean chart) {
        return new View(notice.headline(), Look.of(notice).colour(), notice.name(),
                notice.actual() == null && notice.target() == null ? null : Look.amount(notice.actual(), notice.unit()),
                notice.actual() == null && notice.target() == null ? null : Look.amount(notice.target(), notice.unit()),
                notice.pace() == null ? null : Look.percent(notice.pace()),
                notice.forecast() == null ? null : Look.amount(notice.forecast(), notice.unit()), notice.period(),
                SlackMessages.owner(notice), notice.severity() == null ? null : notice.severity().name(),
                notice.subjectKey(), notice.detail(), notice.link(), chart,
                notice.lines().stream().map(EmailMessages::line).toList());
    }

    private static Line line(DigestLine line) {
        return new Line(line.name(), line.kpiKey(), line.status(), line.previousStatus(), line.changed(),
                Look.amount(line.actual(), line.unit()), Look.amount(line.target(), line.unit()), line.note(),
                Look.ofStatus(line.status()).colour());
    }
}
