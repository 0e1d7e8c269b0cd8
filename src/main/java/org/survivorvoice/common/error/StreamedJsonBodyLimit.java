package org.survivorvoice.common.error;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.survivorvoice.common.config.SurvivorVoiceConfig;

/**
 * The JSON body limit of {@link JsonBodyLimit} for a body sent in chunks without a Content-Length,
 * which the HTTP layer bounds only by its 32 MB limit (and answers over it with a plain-text 413):
 * the JSON reader gets at most the limit, and a body with a byte more is a 413 problem before
 * Jackson sees any of it.
 */
@Provider
public class StreamedJsonBodyLimit implements ReaderInterceptor {

    /** Looked up per body: interceptors are built at static init, before runtime config exists. */
    private final Instance<SurvivorVoiceConfig> config;

    public StreamedJsonBodyLimit(Instance<SurvivorVoiceConfig> config) {
        this.config = config;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!JsonBodyLimit.isJson(context.getMediaType())) {
            return context.proceed();
        }
        long maxBytes = config.get().api().maxJsonBodyBytes();
        byte[] body = context.getInputStream().readNBytes((int) maxBytes + 1);
        if (body.length > maxBytes) {
            throw new PayloadTooLargeException(maxBytes);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }
}
