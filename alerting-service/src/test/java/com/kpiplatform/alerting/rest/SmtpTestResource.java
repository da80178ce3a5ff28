package com.kpiplatform.alerting.rest;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A real SMTP server for the tests (GreenMail, refusing some recipients: {@link RefusingGreenMail}) that
 * the mailer sends to; tests read the mails back, and stop and start it to play an SMTP outage.
 */
public class SmtpTestResource implements QuarkusTestResourceLifecycleManager {

    /** A client silent this long is answered 421 and disconnected (GreenMail's default: 30 s). */
    private static final int CLIENT_SILENCE_MS = 5_000;

    private static int port;
    private static GreenMail server;

    @Override
    public Map<String, String> start() {
        port = freePort();
        startServer();
        // Every mail on a new connection: that is where a lost greeting stalled sends (see EmailSender).
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", Integer.toString(port),
                "quarkus.mailer.start-tls", "DISABLED", "quarkus.mailer.keep-alive", "false");
    }

    @Override
    public void stop() {
        stopServer();
    }

    static synchronized GreenMail server() {
        return server;
    }

    /** Starts the server again on the same port, empty. */
    static synchronized void startServer() {
        server = new RefusingGreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        server.getSmtp().setClientSocketTimeout(CLIENT_SILENCE_MS);
    }

    static synchronized void stopServer() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
