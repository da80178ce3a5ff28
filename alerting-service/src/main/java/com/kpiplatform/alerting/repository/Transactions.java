package com.kpiplatform.alerting.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Plain JDBC transactions for the alerting-service, which controls its own locks (advisory locks,
 * {@code FOR UPDATE}, {@code SKIP LOCKED}). A failure of the database comes out unchecked, as a
 * {@link DatabaseException}.
 */
@ApplicationScoped
public class Transactions {

    /** Work on one connection. */
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    @Inject
    AgroalDataSource dataSource;

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    /** Runs reads, each statement on its own (no transaction). */
    public <T> T read(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    /** The database failed a statement or could not be reached. */
    public static final class DatabaseException extends RuntimeException {

        DatabaseException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
