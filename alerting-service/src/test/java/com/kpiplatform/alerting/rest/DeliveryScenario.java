package com.kpiplatform.alerting.rest;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.kpiplatform.alerting.service.delivery.Outbox;
import com.kpiplatform.testsupport.TestClock;
import io.quarkus.arc.Arc;
import java.time.Instant;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What every delivery test starts from: WireMock without stubs (the neighbours and the channels),
 * the neighbours published through it, the service's clock fixed at the test's instant, and the
 * outbox to send by hand. Register it in a {@code @QuarkusTest} with {@code @RegisterExtension};
 * the clock runs in real time again after each test.
 */
final class DeliveryScenario implements BeforeEachCallback, AfterEachCallback {

    private final Instant start;
    private WireMock wiremock;
    private TestClock clock;
    private Neighbours neighbours;
    private Deliveries deliveries;

    DeliveryScenario(Instant start) {
        this.start = start;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        wiremock = new WireMock(ConfigProvider.getConfig().getValue("quarkus.wiremock.devservices.port", Integer.class));
        wiremock.resetMappings();
        clock = Arc.container().instance(TestClock.class).get();
        neighbours = new Neighbours(wiremock);
        deliveries = new Deliveries(neighbours, clock, Arc.container().instance(Outbox.class).get());
        clock.set(start);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        clock.reset();
    }

    WireMock wiremock() {
        return wiremock;
    }

    TestClock clock() {
        return clock;
    }

    Neighbours neighbours() {
        return neighbours;
    }

    Deliveries deliveries() {
        return deliveries;
    }
}
