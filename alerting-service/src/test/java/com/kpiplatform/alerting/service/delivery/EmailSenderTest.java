package com.kpiplatform.alerting.service.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpiplatform.alerting.domain.delivery.SendResult;
import io.vertx.ext.mail.SMTPException;
import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmailSenderTest {

    @ParameterizedTest(name = "SMTP {0} -> {2}")
    @CsvSource({
            "550, true,  FAILED",
            "553, true,  FAILED",
            "421, false, RETRY",
            "451, false, RETRY"})
    void smtpRepliesAreRefusalsOrRetriesByTheirClass(int code, boolean permanent, SendResult.Outcome outcome) {
        SMTPException reply = new SMTPException("rejected", code, List.of(code + " mailbox says no"), permanent);
        SendResult result = EmailSender.classify(new CompletionException(reply));
        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.statusCode()).isEqualTo(code);
        assertThat(result.detail()).isEqualTo("SMTP " + code + " mailbox says no");
    }

    @org.junit.jupiter.api.Test
    void anUnreachableServerIsRetried() {
        SendResult result = EmailSender.classify(new CompletionException(new ConnectException("Connection refused")));
        assertThat(result.outcome()).isEqualTo(SendResult.Outcome.RETRY);
        assertThat(result.detail()).startsWith("SMTP server not reachable").contains("Connection refused");
    }
}
