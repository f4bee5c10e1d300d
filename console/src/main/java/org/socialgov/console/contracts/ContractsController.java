package org.socialgov.console.contracts;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import org.socialgov.console.gateway.ApiProblem;
import org.socialgov.console.gateway.ApiProblemException;
import org.socialgov.console.gateway.GatewayApi;
import org.socialgov.console.session.ConsoleSession;
import org.socialgov.console.web.PageNotFoundException;
import org.socialgov.console.web.Pages;
import org.socialgov.console.web.Roles;

/**
 * The contract manager's list of the company's contracts: agency, status, term and renewal cancel-by date, filtered,
 * sorted and paged by the API (its filters, its sort across all pages, its cursor).
 */
@Controller("/contracts")
@Produces(Pages.HTML)
public class ContractsController {

    static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_-]{1,200}");
    private static final int PAGE_SIZE = 20;
    private static final String TITLE = "Contracts";

    private final GatewayApi api;

    public ContractsController(GatewayApi api) {
        this.api = api;
    }

    @Get
    public HttpResponse<?> contracts(HttpRequest<?> request, @Nullable @QueryValue String status,
                                     @Nullable @QueryValue String providerId,
                                     @Nullable @QueryValue String endsWithinDays, @Nullable @QueryValue String sort,
                                     @Nullable @QueryValue String cursor) {
        ConsoleSession session = Pages.requireRole(request, Roles.CONTRACT_MANAGER);
        ContractsQuery query = ContractsQuery.of(status, providerId, endsWithinDays, sort, cursor);
        if (!query.cursor().isEmpty() && !CURSOR.matcher(query.cursor()).matches()) {
            throw new PageNotFoundException();
        }
        ContractList list;
        try {
            list = api.get(session, "/api/contracts" + query.apiQuery(PAGE_SIZE), ContractList.class);
        } catch (ApiProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            ApiProblem problem = e.problem();
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Pages.view(request, "contract-list", TITLE,
                new ContractsPage(List.of(), query, null, problem.title(), problem.detail(), problem.fieldMessages())));
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<ContractRow> rows = list.items().stream()
            .map(summary -> new ContractRow(summary, Renewal.of(summary, today))).toList();
        return HttpResponse.ok(Pages.view(request, "contract-list", TITLE,
            new ContractsPage(rows, query, list.nextCursor(), null, null, Map.of())));
    }
}
