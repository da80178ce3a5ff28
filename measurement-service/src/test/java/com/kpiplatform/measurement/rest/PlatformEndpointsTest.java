package com.kpiplatform.measurement.rest;

import com.kpiplatform.testsupport.PlatformEndpointsContract;
import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class PlatformEndpointsTest extends PlatformEndpointsContract {

    @Override
    protected String serviceName() {
        return "measurement-service";
    }
}
