package com.kpiplatform.definition.rest;

import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import com.kpiplatform.testsupport.security.OperationSecurityContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every operation of openapi/kpi-definition-service.yaml: 401 without credentials, 403 below its role, in with it. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class OperationSecurityTest extends OperationSecurityContract {

    @Override
    protected String serviceName() {
        return "kpi-definition-service";
    }
}
