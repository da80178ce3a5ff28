package com.kpiplatform.alerting.rest;

import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.ProblemDetailsContract;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class ProblemDetailsTest extends ProblemDetailsContract {
}
