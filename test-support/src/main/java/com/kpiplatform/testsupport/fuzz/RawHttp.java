package com.kpiplatform.testsupport.fuzz;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP/1.1 client that sends a request exactly as generated, target included (URI libraries
 * refuse to build the malformed targets, a lone {@code %} or {@code %zz}, that a fuzzer must
 * send), over one keep-alive connection, as a browser or an integration would. A new connection
 * is opened only when the service closed the last one.
 */
public final class RawHttp implements AutoCloseable {

    private static final int TIMEOUT_MILLIS = 10_000;

    /** What the service answered. */
    public record Answer(int status, String contentType, String body) {
    }

    private final int port;
    private final Map<String, String> defaultHeaders;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    /** A client that sends these headers (credentials, say) with every request that does not set them itself. */
    public RawHttp(int port, Map<String, String> defaultHeaders) {
        this.port = port;
        this.defaultHeaders = Map.copyOf(defaultHeaders);
    }

    /** The answer to a GET of exactly this target. */
    public Answer get(String target) throws IOException {
        return send(new FuzzRequest("GET", target, Map.of(), null, null, "raw"));
    }

    /** The answer to a POST of this body to exactly this target. */
    public Answer post(String target, String contentType, String body) throws IOException {
        return send(new FuzzRequest("POST", target, Map.of(), contentType, body.getBytes(StandardCharsets.UTF_8), "raw"));
    }

    /** The answer; throws when the service did not answer at all (reset, closed, timed out). */
    Answer send(FuzzRequest request) throws IOException {
        if (socket == null) {
            socket = new Socket("localhost", port);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            in = new BufferedInputStream(socket.getInputStream());
            out = new BufferedOutputStream(socket.getOutputStream());
        }
        try {
            write(request, defaultHeaders, out);
            Response response = Response.read(in, request.method());
            if ("close".equalsIgnoreCase(response.headers().get("connection"))) {
                close();
            }
            return new Answer(response.status(), response.headers().get("content-type"),
                    new String(response.body(), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private static void write(FuzzRequest request, Map<String, String> defaultHeaders, OutputStream out)
            throws IOException {
        StringBuilder head = new StringBuilder(request.method().toUpperCase(Locale.ROOT)).append(' ')
                .append(request.target()).append(" HTTP/1.1\r\nHost: localhost\r\n");
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(defaultHeaders);
        headers.putAll(request.headers());
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (request.contentType() != null) {
            head.append("Content-Type: ").append(request.contentType()).append("\r\n");
        }
        byte[] body = request.body() == null ? new byte[0] : request.body();
        if (request.body() != null || !request.method().equalsIgnoreCase("GET")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
        out.write(body);
        out.flush();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                socket = null;
            }
        }
    }

    /** A response read off the wire: by Content-Length, chunked, or to the end of the connection. */
    private record Response(int status, Map<String, String> headers, byte[] body) {

        static Response read(InputStream in, String method) throws IOException {
            String statusLine = line(in);
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            Map<String, String> headers = new TreeMap<>();
            for (String line = line(in); !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
            byte[] body;
            if (method.equalsIgnoreCase("HEAD") || status == 204 || status == 304) {
                body = new byte[0];
            } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = chunked(in);
            } else if (headers.containsKey("content-length")) {
                body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
            } else {
                body = in.readAllBytes();
            }
            return new Response(status, headers, body);
        }

        private static byte[] chunked(InputStream in) throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
                body.write(in.readNBytes(size));
                line(in);
            }
            while (!line(in).isEmpty()) {
                // trailers, none expected
            }
            return body.toByteArray();
        }

        private static int chunkSize(InputStream in) throws IOException {
            String line = line(in);
            int extension = line.indexOf(';');
            return Integer.parseInt(extension < 0 ? line.trim() : line.substring(0, extension).trim(), 16);
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("the service closed the connection mid-answer");
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
