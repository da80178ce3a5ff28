package com.kpiplatform.testsupport.security;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.List;

/**
 * Every request of a test is an admin's unless it says otherwise: it sends its own
 * {@code Authorization} or {@code X-API-Key} header, or none at all with {@code given().noFilters()}.
 * Functional tests stay about their function; the security tests choose their callers.
 */
public class DefaultCredentials implements QuarkusTestBeforeEachCallback {

    /**
     * A fresh token for every test, since the issuer and its keys change whenever Quarkus restarts.
     * RestAssured outlives those restarts, and so do the filters of earlier applications, which
     * are therefore recognised by name.
     */
    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        List<Filter> others = RestAssured.filters().stream()
                .filter(filter -> !filter.getClass().getName().equals(AdminToken.class.getName())).toList();
        RestAssured.replaceFiltersWith(others);
        if (System.getProperty(DevTokens.ISSUER_PROPERTY) != null) {
            RestAssured.filters(new AdminToken(DevTokens.admin()));
        }
    }

    /** Adds the admin's token to a request that carries no credentials of its own. */
    private record AdminToken(String token) implements Filter {

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext context) {
            if (!request.getHeaders().hasHeaderWithName("Authorization")
                    && !request.getHeaders().hasHeaderWithName("X-API-Key")) {
                request.header("Authorization", "Bearer " + token);
            }
            return context.next(request, response);
        }
    }
}
