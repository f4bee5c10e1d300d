package org.socialgov.gateway.store;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.socialgov.gateway.errors.ProblemAnswers;
import org.socialgov.problem.ProblemType;

/**
 * With the feature off, the token endpoint and the client registry answer 404 saying why, rather than a bare "no
 * such resource" that would send an integrator hunting for a typo. Before security, so a missing token does not
 * hide the reason behind a 401.
 */
@ServerFilter({"/api/oauth/**", "/api/clients", "/api/clients/**"})
@Requires(property = MachineClientsFeature.MONGODB_URI, pattern = MachineClientsFeature.OFF)
public class MachineClientsOffFilter implements Ordered {

    private final ProblemAnswers problems;

    public MachineClientsOffFilter(ProblemAnswers problems) {
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @RequestFilter
    public HttpResponse<?> answerOff(HttpRequest<?> request) {
        return problems.answer(request, ProblemType.NOT_FOUND, MachineClientsFeature.OFF_REASON);
    }
}
