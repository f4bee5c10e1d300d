package org.socialgov.gateway.ops;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.exceptions.NoSuchBeanException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.gateway.clients.Actor;
import org.socialgov.gateway.clients.ClientRegistrationRequest;
import org.socialgov.gateway.clients.ClientRegistry;
import org.socialgov.gateway.clients.IssuedSecret;
import org.socialgov.gateway.clients.NewClient;
import org.socialgov.gateway.store.MachineClientsFeature;
import org.socialgov.problem.ProblemException;

/**
 * {@code register-client --tenant acme --name "Acme admin" --roles ENTERPRISE_ADMIN [--provider-id ID]} on the
 * gateway's command line: registers a client and prints its id and secret, once, to standard output (never to the
 * log), then exits. It is how a company gets its first enterprise admin, who registers the rest through the API.
 * Exits 0 when registered, 1 when the registry could not be written, 2 on a wrong argument.
 */
public final class RegisterClientCommand {

    public static final String NAME = "register-client";
    /** The environment of the command's context: the gateway's beans, nothing served. */
    public static final String ENVIRONMENT = "command";
    public static final int REGISTERED = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private static final Logger LOG = LoggerFactory.getLogger(RegisterClientCommand.class);
    private static final String USAGE_TEXT = NAME + " --tenant TENANT --name NAME --roles ROLE[,ROLE...]"
        + " [--provider-id PROVIDER_ID]";
    private static final Set<String> OPTIONS = Set.of("--tenant", "--name", "--roles", "--provider-id");
    private static final int MAX_TENANT_LENGTH = 64;

    private RegisterClientCommand() {
    }

    public static boolean isRequested(String... args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    /**
     * The context the command runs in: the gateway's beans and store settings, no HTTP server. It verifies and signs
     * no token, so random stand-ins take the places of the two signing secrets the gateway insists on; an operator
     * need not have them at hand.
     */
    public static ApplicationContextBuilder context() {
        return ApplicationContext.builder().environments(ENVIRONMENT).properties(Map.of(
            "micronaut.security.token.jwt.signatures.secret.user.secret", randomSecret(),
            "socialgov.gateway.internal-token.secret", randomSecret()));
    }

    public static int run(ApplicationContextBuilder contextBuilder, String[] args, PrintStream out) {
        Map<String, String> options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            LOG.error("{}. Usage: {}", e.getMessage(), USAGE_TEXT);
            return USAGE;
        }
        try (ApplicationContext context = contextBuilder.start()) {
            NewClient client = validated(context, options);
            ClientRegistry registry = context.findBean(ClientRegistry.class)
                .orElseThrow(() -> new NoSuchBeanException(ClientRegistry.class));
            IssuedSecret issued = registry.register(client, Actor.commandLine());
            out.println("Registered client '" + issued.client().name() + "' of tenant " + issued.client().tenant()
                + " with roles " + issued.client().roles());
            out.println("client_id:     " + issued.client().clientId());
            out.println("client_secret: " + issued.secret());
            out.println("The secret is shown only this once: put it in your secret store now.");
            return REGISTERED;
        } catch (NoSuchBeanException e) {
            LOG.error("{}; set MONGODB_URI to the gateway's MongoDB", MachineClientsFeature.OFF_REASON);
            return USAGE;
        } catch (ProblemException | IllegalArgumentException e) {
            LOG.error("Not registered: {}. Usage: {}", e.getMessage(), USAGE_TEXT);
            return USAGE;
        } catch (RuntimeException e) {
            LOG.error("Not registered: the client registry could not be written: {}", e.getMessage(), e);
            return FAILED;
        }
    }

    private static NewClient validated(ApplicationContext context, Map<String, String> options) {
        String tenant = options.getOrDefault("--tenant", "").strip();
        if (tenant.isEmpty() || tenant.length() > MAX_TENANT_LENGTH) {
            throw new IllegalArgumentException("--tenant is required, at most " + MAX_TENANT_LENGTH + " characters");
        }
        ClientRegistrationRequest request = new ClientRegistrationRequest(options.get("--name"),
            Arrays.stream(options.getOrDefault("--roles", "").split(",")).map(String::strip)
                .filter(role -> !role.isEmpty()).toList(),
            options.get("--provider-id"));
        Set<ConstraintViolation<ClientRegistrationRequest>> violations =
            context.getBean(Validator.class).validate(request);
        if (!violations.isEmpty()) {
            ConstraintViolation<ClientRegistrationRequest> first = violations.iterator().next();
            throw new IllegalArgumentException("--" + first.getPropertyPath().toString()
                .replaceAll("<[a-z ]+>", "").replaceAll("\\.$", "") + " " + first.getMessage());
        }
        return request.forTenant(tenant);
    }

    private static Map<String, String> options(String[] args) {
        if (!isRequested(args) || args.length % 2 == 0) {
            throw new IllegalArgumentException("Wrong arguments " + Arrays.toString(args));
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (!OPTIONS.contains(args[i]) || options.put(args[i], args[i + 1]) != null) {
                throw new IllegalArgumentException("Unknown or repeated option " + args[i]);
            }
        }
        return options;
    }

    private static String randomSecret() {
        byte[] secret = new byte[48];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }
}
