package org.socialgov.platform.audit;

import java.io.InputStream;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.types.files.StreamedFile;

/**
 * An export as the HTTP body: NDJSON streamed as it is read, and never kept by a cache. Micronaut gives a file body
 * {@code Cache-Control: private, max-age=60} and an {@code Expires} of its own, and the gateway leaves a service's
 * {@code Cache-Control} as it is, so without this an export was the one answer a cache could keep.
 */
public class EventExportFile extends StreamedFile {

    public EventExportFile(InputStream export) {
        super(export, MediaType.of(AuditTrail.NDJSON));
    }

    @Override
    public void process(MutableHttpResponse<?> response) {
        super.process(response);
        response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
        response.getHeaders().remove(HttpHeaders.EXPIRES);
    }
}
