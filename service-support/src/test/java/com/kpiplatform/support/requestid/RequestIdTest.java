package com.kpiplatform.support.requestid;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@ConnectWireMock
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class RequestIdTest {

    WireMock wiremock;

    private final List<String> requestIdsOfRelayLogLines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (RelayResource.LOG_LINE.equals(record.getMessage()) && record instanceof ExtLogRecord ext) {
                requestIdsOfRelayLogLines.add(ext.getMdc(RequestIds.MDC_KEY));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void setUp() {
        wiremock.register(get(urlEqualTo("/downstream")).willReturn(aResponse().withStatus(200).withBody("ok")));
        java.util.logging.Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void tearDown() {
        java.util.logging.Logger.getLogger("").removeHandler(capture);
        wiremock.resetRequests();
    }

    @Test
    void callersRequestIdReachesLogsResponseAndDownstreamCalls() {
        given().header(RequestIds.HEADER, "trace-42")
                .when().get("/test/relay")
                .then().statusCode(200)
                .header(RequestIds.HEADER, "trace-42");

        wiremock.verifyThat(1, getRequestedFor(urlEqualTo("/downstream"))
                .withHeader(RequestIds.HEADER, equalTo("trace-42")));
        assertThat(requestIdsOfRelayLogLines).containsExactly("trace-42");
    }

    @Test
    void requestWithoutIdGetsOneThatIsPropagated() {
        String id = given().when().get("/test/relay")
                .then().statusCode(200)
                .extract().header(RequestIds.HEADER);

        assertThat(id).matches("[0-9a-f-]{36}");
        wiremock.verifyThat(1, getRequestedFor(urlEqualTo("/downstream"))
                .withHeader(RequestIds.HEADER, equalTo(id)));
        assertThat(requestIdsOfRelayLogLines).containsExactly(id);
    }
}
