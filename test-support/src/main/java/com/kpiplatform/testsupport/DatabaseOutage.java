package com.kpiplatform.testsupport;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Simulates the database of the application under test going down and coming back, on the real
 * server: connections are refused and the open ones are ended.
 */
public final class DatabaseOutage implements AutoCloseable {

    private final String jdbcUrl;

    private DatabaseOutage(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** Starts the outage; closing the returned object ends it. */
    public static DatabaseOutage begin() {
        String jdbcUrl = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        TestDatabaseServer.get().disconnect(jdbcUrl);
        return new DatabaseOutage(jdbcUrl);
    }

    @Override
    public void close() {
        TestDatabaseServer.get().reconnect(jdbcUrl);
    }
}
