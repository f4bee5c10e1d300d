package org.socialgov.suite.hostile;

import java.util.List;
import java.util.Map;

/** An answer as it came off the wire: status, headers (names in lower case) and body. */
record RawResponse(int status, List<Map.Entry<String, String>> headers, String body) {

    /** The first value of the header, or null. */
    String header(String name) {
        return headers.stream().filter(header -> header.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
            .findFirst().orElse(null);
    }
}
