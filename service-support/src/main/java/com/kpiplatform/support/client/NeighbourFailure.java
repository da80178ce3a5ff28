package com.kpiplatform.support.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.oidc.client.OidcClientException;
import io.vertx.core.http.HttpClosedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * A call to another service that failed, said in words a client may read ("measurement-service
 * unreachable (connection refused)"): never a class name, a stack frame or an address. The cause
 * stays attached for the log.
 */
public class NeighbourFailure extends RuntimeException {

    private final String neighbour;

    private NeighbourFailure(String neighbour, String description, Throwable cause) {
        super(neighbour + " " + description, cause);
        this.neighbour = neighbour;
    }

    /** The failure of a call to {@code neighbour}, described from what it threw. */
    public static NeighbourFailure of(String neighbour, Throwable failure) {
        if (failure instanceof NeighbourFailure known) {
            return known;
        }
        return new NeighbourFailure(neighbour, describe(failure), failure);
    }

    /** The neighbour answered, but not as its contract says ("answered 3 actuals for 4 items"). */
    public static NeighbourFailure brokenContract(String neighbour, String what) {
        return new NeighbourFailure(neighbour, what, null);
    }

    public String neighbour() {
        return neighbour;
    }

    /** What went wrong, from the first cause that says it, e.g. "did not answer in time". */
    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String words = words(t);
            if (words != null) {
                return words;
            }
        }
        return hasCause(failure, ProcessingException.class) ? "answered a body that could not be read" : "failed unexpectedly";
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String words(Throwable t) {
        if (t instanceof OidcClientException) {
            return "was not called: this service could not get its own credential from the identity provider "
                    + "(check OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET)";
        }
        if (t instanceof CircuitBreakerOpenException) {
            return "was not called: it failed repeatedly and its circuit breaker is open";
        }
        if (t instanceof TimeoutException || t instanceof java.util.concurrent.TimeoutException) {
            return "did not answer in time";
        }
        if (t instanceof BulkheadException) {
            return "was not called: too many calls to it are running";
        }
        if (t instanceof WebApplicationException web && web.getResponse() != null) {
            int status = web.getResponse().getStatus();
            // A success status here means its body could not be read into what the contract says.
            if (status == 401 || status == 403) {
                return "refused this service's credential (HTTP " + status + ")";
            }
            return status < 400 ? "answered a body that could not be read" : "answered HTTP " + status;
        }
        if (t instanceof ConnectException) {
            return "unreachable (connection refused)";
        }
        if (t instanceof UnknownHostException) {
            return "unreachable (unknown host)";
        }
        if (t instanceof HttpClosedException || t instanceof ClosedChannelException || t instanceof SocketException) {
            return "closed the connection";
        }
        if (t instanceof JsonProcessingException) {
            return "answered a body that could not be read";
        }
        if (t instanceof IOException io) {
            String message = io.getMessage() == null ? "" : io.getMessage().toLowerCase(Locale.ROOT);
            return message.contains("reset") || message.contains("closed") ? "closed the connection"
                    : "could not be read from (I/O error)";
        }
        return null;
    }
}
