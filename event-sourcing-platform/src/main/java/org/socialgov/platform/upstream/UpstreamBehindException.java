package org.socialgov.platform.upstream;

import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * The facts a decision needs from another service could not be confirmed just now. Nothing was recorded; the same
 * request can be sent again (it is answered 503 with Retry-After).
 */
public class UpstreamBehindException extends ProblemException {

    public UpstreamBehindException(UpstreamFeed feed) {
        super(ProblemType.SERVICE_UNAVAILABLE, "The facts from " + feed.owner() + " could not be confirmed just now, "
            + "so this was neither accepted nor refused; nothing was recorded. Please send it again in a few seconds");
    }
}
