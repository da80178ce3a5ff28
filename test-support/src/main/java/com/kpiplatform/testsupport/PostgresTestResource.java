package com.kpiplatform.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives the Quarkus application under test a fresh database on a real PostgreSQL server.
 * Flyway migrates it at start, exactly as in production.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String jdbcUrl;

    @Override
    public Map<String, String> start() {
        TestDatabaseServer server = TestDatabaseServer.get();
        jdbcUrl = server.createDatabase();
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void stop() {
        if (jdbcUrl != null) {
            TestDatabaseServer.get().dropDatabase(jdbcUrl);
        }
    }
}
