package com.kpiplatform.definition.rest;

import com.kpiplatform.testsupport.TestClock;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** OKR tests run with the service's clock halfway through 2026-Q4, and move it when they need to. */
abstract class AtMidQuarter {

    @Inject
    TestClock clock;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void midQuarter() {
        clock.set(OkrFixtures.MID_Q4);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }
}
