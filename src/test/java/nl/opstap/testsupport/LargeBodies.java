package nl.opstap.testsupport;

import java.net.http.HttpRequest;

/** Request bodies of any size that are generated while they are sent, so a test can post 500 MB without holding it. */
public final class LargeBodies {

    private LargeBodies() {}

    /** {@code head}, then {@code size} bytes of {@code filler}, then {@code tail}. */
    public static HttpRequest.BodyPublisher of(byte[] head, long size, byte filler, byte[] tail) {
        return HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(new byte[0]) {
                            private long left = size;

                            @Override
                            public synchronized int read(byte[] b, int off, int len) {
                                if (left <= 0) {
                                    return -1;
                                }
                                int n = (int) Math.min(len, left);
                                java.util.Arrays.fill(b, off, off + n, filler);
                                left -= n;
                                return n;
                            }
                        }), size),
                HttpRequest.BodyPublishers.ofByteArray(tail));
    }
}
