package com.kpiplatform.testsupport.contract;

import com.kpiplatform.testsupport.OpenApiDocuments;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Every RestAssured call of every {@code @QuarkusTest} in a service module is checked against that
 * service's committed document ({@code openapi/<module>.yaml}), without the test asking for it.
 */
public class ContractConformance implements QuarkusTestBeforeEachCallback {

    private static Conformance conformance;

    /** Filters of earlier applications are recognised by name: RestAssured outlives Quarkus restarts. */
    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        List<Filter> others = RestAssured.filters().stream()
                .filter(filter -> !filter.getClass().getName().equals(ConformanceFilter.class.getName())).toList();
        RestAssured.replaceFiltersWith(others);
        Path document = OpenApiDocuments.committed(Path.of("").toAbsolutePath().getFileName().toString());
        if (Files.exists(document)) {
            RestAssured.filters(new ConformanceFilter(conformance(document)));
        }
    }

    private static synchronized Conformance conformance(Path document) {
        if (conformance == null) {
            conformance = Conformance.of(document);
        }
        return conformance;
    }
}
