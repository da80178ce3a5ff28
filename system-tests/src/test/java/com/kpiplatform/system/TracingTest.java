package com.kpiplatform.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.kpiplatform.system.OtlpReceiver.ReceivedSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One evaluation cycle is one trace: the alerting-service's request span, and under it the REST
 * calls to the kpi-definition-service and the measurement-service with their server spans, all
 * exported over OTLP to the tests' receiver. The trace is found as an on-call engineer finds it: by
 * the trace id next to the request id in the alerting-service's log.
 */
@ExtendWith(PlatformExtension.class)
@Order(3)
class TracingTest {

    private static final Set<String> SERVICES = Set.of("alerting-service", "kpi-definition-service", "measurement-service");

    @Test
    void anEvaluationCycleIsOneTraceAcrossTheThreeServices(Platform platform) throws Exception {
        String requestId = Api.as(platform.admin(), platform.url(Platform.ALERTING)).post("/api/v1/evaluations/run")
                .then().statusCode(200).extract().header("X-Request-Id");

        // The log line of the cycle names the request and its trace, as a reader of the logs finds it.
        String traceId = await().atMost(Duration.ofSeconds(20)).until(() -> traceInLog(platform, requestId), id -> id != null);
        // Spans arrive in batches as they end; the request's own span ends, and arrives, last.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<ReceivedSpan> spans = platform.traces.spans().stream().filter(s -> s.traceId().equals(traceId)).toList();
            assertThat(spans).extracting(ReceivedSpan::service).as("services with spans in trace %s", traceId)
                    .containsAll(SERVICES);
            Set<String> spanIds = spans.stream().map(ReceivedSpan::spanId).collect(Collectors.toSet());
            assertThat(spans.stream().filter(s -> !spanIds.contains(s.parentSpanId())))
                    .as("one root: the alerting-service's request").singleElement()
                    .satisfies(root -> assertThat(root).extracting(ReceivedSpan::service, ReceivedSpan::name)
                            .containsExactly("alerting-service", "POST /api/v1/evaluations/run"));
        });
    }

    /** The trace id logged next to this request id by the alerting-service, or null before the line is written. */
    private static String traceInLog(Platform platform, String requestId) throws IOException {
        Matcher line = Pattern.compile("req=" + Pattern.quote(requestId) + " trace=([0-9a-f]{32})")
                .matcher(Files.readString(platform.logDir().resolve("alerting-service.log")));
        return line.find() ? line.group(1) : null;
    }
}
