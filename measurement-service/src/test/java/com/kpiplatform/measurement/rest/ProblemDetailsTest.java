package com.kpiplatform.measurement.rest;

import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.ProblemDetailsContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ProblemDetailsTest extends ProblemDetailsContract {
}
