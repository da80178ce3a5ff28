package com.kpiplatform.testsupport.fuzz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.kpiplatform.testsupport.OpenApiDocuments;
import com.kpiplatform.testsupport.contract.ApiDocument;
import com.kpiplatform.testsupport.contract.ApiDocument.Operation;
import com.kpiplatform.testsupport.security.DevTokens;
import io.restassured.RestAssured;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Hostile input never breaks the contract. Reads the service's own committed OpenAPI document and
 * sends, for every operation in turn, seeded generated requests ({@link RequestGenerator}), then
 * checks every answer ({@link ResponseChecks}) and that the service is still well afterwards:
 * ready, and a valid request (through its neighbours) still succeeds, so no breaker opened and no
 * pool ran dry. Deterministic: the seed is {@code -Dfuzz.seed} (default fixed) and every failure
 * names it, with the requests that failed.
 */
public abstract class OpenApiFuzzContract {

    private static final long DEFAULT_SEED = 20_261_202L;
    private static final int MAX_REPORTED = 15;

    /** The service's name, as in {@code openapi/<name>.yaml}. */
    protected abstract String serviceName();

    /** After the storm: a valid request, best one that needs a neighbour, must still succeed. */
    protected abstract void aValidRequestStillSucceeds();

    /** Values of path parameters that name things that exist, by parameter name; the test creates them. */
    protected Map<String, List<String>> knownPathValues() {
        return Map.of();
    }

    /** How many requests to send, spread evenly over the operations. */
    protected int requests() {
        return 2_400;
    }

    @Test
    void hostileRequestsNeverBreakTheContract() {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        ApiDocument document = ApiDocument.read(OpenApiDocuments.committed(serviceName()));
        List<Operation> operations = document.operations();
        RequestGenerator generator = new RequestGenerator(document, new Random(seed), knownPathValues(),
                DevTokens.admin());
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        try (RawHttp http = new RawHttp(RestAssured.port, Map.of())) {
            for (int i = 0; i < requests(); i++) {
                FuzzRequest request = generator.next(operations.get(i % operations.size()));
                String violation;
                try {
                    RawHttp.Answer answer = http.send(request);
                    statuses.merge(answer.status(), 1, Integer::sum);
                    violation = ResponseChecks.violation(answer);
                } catch (IOException e) {
                    violation = "no answer: " + e.getMessage();
                }
                if (violation != null && failures.size() < MAX_REPORTED) {
                    failures.add(violation + "\n  " + request.describe());
                }
            }
        }
        int sent = statuses.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("Fuzzed %s: %d requests over %d operations, seed %d; answers by status: %s%n", serviceName(),
                sent, operations.size(), seed, statuses);

        assertThat(failures).as("hostile requests that broke the contract (seed %d; replay with -Dfuzz.seed=%d)", seed,
                seed).isEmpty();
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        aValidRequestStillSucceeds();
    }
}
