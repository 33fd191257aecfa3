package nl.opstap.shared.config;

import io.swagger.v3.oas.models.Operation;
import java.util.Locale;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Stable operation ids: the controller and method name ("clientRegister", "vacancyCreate") instead of springdoc's
 * method name with a counter ("get_7"), whose number depends on the order in which controllers are scanned. Clients
 * generated from the document (ApiContractIT) name their methods after these ids.
 */
@Component
class OpenApiOperationIds implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        var annotation = handlerMethod.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
        if (annotation == null || annotation.operationId().isEmpty()) {
            operation.setOperationId(idOf(handlerMethod.getBeanType().getSimpleName(), handlerMethod.getMethod().getName()));
        }
        return operation;
    }

    static String idOf(String controller, String method) {
        String stem = controller.replaceFirst("(Api)?Controller$", "");
        return stem.substring(0, 1).toLowerCase(Locale.ROOT) + stem.substring(1)
                + method.substring(0, 1).toUpperCase(Locale.ROOT) + method.substring(1);
    }
}
