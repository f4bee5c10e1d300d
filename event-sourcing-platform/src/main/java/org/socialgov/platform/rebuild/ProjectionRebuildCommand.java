package org.socialgov.platform.rebuild;

import java.util.Arrays;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.problem.ProblemException;

/**
 * {@code rebuild-projections [processing-group]} on a service's command line: rebuilds its read models from the
 * store with the service's own beans, serving nothing, prints the progress and exits. For a service that is stopped,
 * or to rebuild before it is started again.
 */
public final class ProjectionRebuildCommand {

    public static final String NAME = "rebuild-projections";
    public static final int COMPLETED = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionRebuildCommand.class);

    private ProjectionRebuildCommand() {
    }

    public static boolean isRequested(String... args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    /** Runs the rebuild in the context the builder makes (without an HTTP server) and answers the exit status. */
    public static int run(ApplicationContextBuilder contextBuilder, String... args) {
        if (!isRequested(args) || args.length > 2) {
            LOG.error("Usage: {} [processing-group], not {}", NAME, Arrays.toString(args));
            return USAGE;
        }
        String processingGroup = args.length == 2 ? args[1] : null;
        try (ApplicationContext context = contextBuilder.start()) {
            ProjectionRebuild rebuild = context.getBean(ProjectionRebuild.class);
            rebuild.start(processingGroup);
            ProjectionRebuildStatus end = rebuild.awaitEnd();
            return end.state() == RebuildState.COMPLETED ? COMPLETED : FAILED;
        } catch (ProblemException e) {
            LOG.error("Cannot rebuild: {}", e.getMessage());
            return USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.error("Interrupted before the rebuild ended; run it again");
            return FAILED;
        } catch (RuntimeException e) {
            LOG.error("The rebuild could not run: {}", e.getMessage(), e);
            return FAILED;
        }
    }
}
