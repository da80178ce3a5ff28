package com.kpiplatform.alerting.service.delivery;

import com.kpiplatform.alerting.domain.delivery.DigestLine;
import com.kpiplatform.alerting.domain.delivery.DigestNotice;
import com.kpiplatform.alerting.domain.delivery.Figures;
import com.kpiplatform.alerting.domain.delivery.Notice;
import com.kpiplatform.alerting.domain.delivery.StatusNotice;
import com.kpiplatform.alerting.domain.delivery.TestNotice;
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
    public record View(String headline, String colour, String name, Facts facts, String detail, String link,
            boolean chart, List<Line> lines) {
    }

    /** A status notice's figures and where it belongs; none for digests and tests. */
    @TemplateData
    public record Facts(String actual, String target, String pace, String forecast, String period, String owner,
            String severity, String subject) {

        static final Facts NONE = new Facts(null, null, null, null, null, null, null, null);
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
        if (notice instanceof StatusNotice status && status.figures().measured()) {
            Figures figures = status.figures();
            return notice.headline() + " – " + MessageStyle.amount(figures.actual(), figures.unit()) + " vs target "
                    + MessageStyle.amount(figures.target(), figures.unit());
        }
        return notice.headline();
    }

    private static View view(Notice notice, boolean chart) {
        String colour = MessageStyle.of(notice).colour();
        if (notice instanceof StatusNotice status) {
            Figures figures = status.figures();
            boolean measured = figures.measured();
            Facts facts = new Facts(measured ? MessageStyle.amount(figures.actual(), figures.unit()) : null,
                    measured ? MessageStyle.amount(figures.target(), figures.unit()) : null,
                    figures.pace() == null ? null : MessageStyle.percent(figures.pace()),
                    figures.forecast() == null ? null : MessageStyle.amount(figures.forecast(), figures.unit()),
                    status.subject().period(), SlackMessages.owner(status.subject()),
                    status.severity() == null ? null : status.severity().name(), status.subject().key());
            return new View(notice.headline(), colour, status.subject().name(), facts, notice.detail(), notice.link(),
                    chart, List.of());
        }
        List<Line> lines = notice instanceof DigestNotice digest
                ? digest.lines().stream().map(EmailMessages::line).toList() : List.of();
        String name = notice instanceof DigestNotice digest ? digest.title() : ((TestNotice) notice).channelName();
        return new View(notice.headline(), colour, name, Facts.NONE, notice.detail(), notice.link(), chart, lines);
    }

    private static Line line(DigestLine line) {
        return new Line(line.name(), line.kpiKey(), line.status(), line.previousStatus(), line.changed(),
                MessageStyle.amount(line.actual(), line.unit()), MessageStyle.amount(line.target(), line.unit()), line.note(),
                MessageStyle.ofStatus(line.status()).colour());
    }
}
