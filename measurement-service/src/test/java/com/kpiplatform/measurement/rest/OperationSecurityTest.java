package com.kpiplatform.measurement.rest;

import static io.restassured.RestAssured.given;

import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import com.kpiplatform.testsupport.security.OperationSecurityContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/**
 * Every operation of openapi/measurement-service.yaml: 401 without credentials, 403 below its role
 * or with an API key of another scope, in with its role or scope.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class OperationSecurityTest extends OperationSecurityContract {

    @Override
    protected String serviceName() {
        return "measurement-service";
    }

    @Override
    protected String apiKeyWith(String scope) {
        return given().contentType(ContentType.JSON).body(Map.of("name", "contract " + scope, "scopes", List.of(scope)))
                .post("/api/v1/api-keys").then().statusCode(201).extract().path("secret");
    }
}
