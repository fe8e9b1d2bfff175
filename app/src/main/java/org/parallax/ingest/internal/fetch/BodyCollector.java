package org.parallax.ingest.internal.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Keeps a response body as it arrives, up to a limit: past it the rest is refused (the connection is
 * dropped) and the body is marked cut, so a huge or endless body never fills the memory.
 */
final class BodyCollector implements BodySubscriber<Body> {

    private final int limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<Body> body = new CompletableFuture<>();
    private Flow.Subscription subscription;

    BodyCollector(int limit) {
        this.limit = limit;
    }

    @Override
    public CompletionStage<Body> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            int room = limit - bytes.size();
            if (buffer.remaining() > room) {
                take(buffer, room);
                subscription.cancel();
                body.complete(new Body(bytes.toByteArray(), true));
                return;
            }
            take(buffer, buffer.remaining());
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        body.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        body.complete(new Body(bytes.toByteArray(), false));
    }

    private void take(ByteBuffer buffer, int count) {
        byte[] chunk = new byte[count];
        buffer.get(chunk);
        bytes.writeBytes(chunk);
    }
}
