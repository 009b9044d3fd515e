package vn.dangbo.baocao.security;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may look into the engine through Camunda's own surfaces (/engine-rest, Cockpit at /camunda): the usernames
 * named in {@code app.camunda.operators}, read-only. Nobody by default, and then both answer 404
 * (docs/decisions/0007-workflow-only-changes.md).
 */
@ConfigurationProperties("app.camunda")
record CamundaAccess(List<String> operators) {

    CamundaAccess {
        operators = operators == null
                ? List.of()
                : operators.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    boolean served() {
        return !operators.isEmpty();
    }

    boolean isOperator(String username) {
        return operators.contains(username);
    }

    /** The methods that read; every other one is refused, so nothing changes the engine's state past our services. */
    static boolean reads(String method) {
        return Set.of("GET", "HEAD", "OPTIONS").contains(method);
    }
}
