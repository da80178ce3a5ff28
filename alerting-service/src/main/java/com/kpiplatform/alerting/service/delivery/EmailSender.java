package com.kpiplatform.alerting.service.delivery;

import com.kpiplatform.alerting.config.AlertingConfig;
import com.kpiplatform.alerting.domain.alert.SubjectType;
import com.kpiplatform.alerting.domain.delivery.ChannelType;
import com.kpiplatform.alerting.domain.delivery.ClaimedDelivery;
import com.kpiplatform.alerting.domain.delivery.Notice;
import com.kpiplatform.alerting.domain.delivery.SendResult;
import com.kpiplatform.alerting.domain.delivery.StatusNotice;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Sends HTML-and-text mails through the configured SMTP server ({@code quarkus.mailer.*}), with the
 * KPI's chart inline. SMTP 5xx replies are refusals; 4xx replies, timeouts and an unreachable
 * server are retried, so mails queued while the server is down go out when it is back.
 */
@ApplicationScoped
public class EmailSender implements Sender {

    private static final Logger LOG = Logger.getLogger(EmailSender.class);
    private static final int CHART_PERIODS = 12;

    @Inject
    ReactiveMailer mailer;

    @Inject
    EmailMessages messages;

    @Inject
    ChartService charts;

    @Inject
    AlertingConfig config;

    @Inject
    Vertx vertx;

    @Override
    public ChannelType type() {
        return ChannelType.EMAIL;
    }

    @Override
    public SendResult send(ClaimedDelivery delivery) {
        Notice notice = delivery.notice();
        Optional<byte[]> chart = chart(notice);
        EmailMessages.Rendered rendered = messages.render(notice, chart.isPresent());
        Mail mail = new Mail().setTo(delivery.destination().recipients()).setSubject(rendered.subject())
                .setText(rendered.text()).setHtml(rendered.html());
        chart.ifPresent(png -> mail.addInlineAttachment("chart.png", png, "image/png", "<" + EmailMessages.CHART_CID + ">"));
        try {
            sendFromEventLoop(mail);
            return SendResult.sent(null);
        } catch (RuntimeException e) {
            return classify(e);
        }
    }

    /**
     * Starts the send on a Vert.x event loop and waits for it here. Started from this worker thread,
     * the mail client could open a connection and set its socket handler only after the server's
     * 220 greeting had arrived; Vert.x drops data that arrives with no handler set, so the client
     * waited for a greeting already sent until the server gave up (GreenMail: 421 after 30 s).
     */
    private void sendFromEventLoop(Mail mail) {
        Context eventLoop = vertx.getOrCreateContext();
        mailer.send(mail).runSubscriptionOn(task -> eventLoop.runOnContext(ignored -> task.run()))
                .await().atMost(config.delivery().mailTimeout());
    }

    static SendResult classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SMTPException smtp) {
                // the reply message is the server's reply lines, code included
                String detail = "SMTP " + smtp.getReplyMessage();
                return smtp.isPermanent() ? SendResult.failed(smtp.getReplyCode(), detail)
                        : SendResult.retry(smtp.getReplyCode(), detail);
            }
        }
        return SendResult.retry(null, "SMTP server not reachable: " + failure);
    }

    /** The KPI's chart for KPI notices; a mail without it is better than no mail. */
    private Optional<byte[]> chart(Notice notice) {
        if (!(notice instanceof StatusNotice status) || status.subject().type() != SubjectType.KPI) {
            return Optional.empty();
        }
        String kpiKey = status.subject().key();
        try {
            return charts.png(kpiKey, CHART_PERIODS);
        } catch (RuntimeException e) {
            LOG.warnf("No chart for %s in its mail: %s", kpiKey, e.toString());
            return Optional.empty();
        }
    }
}
