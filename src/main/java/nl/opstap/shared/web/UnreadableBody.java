package nl.opstap.shared.web;

import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/** Describes, in Dutch, why a JSON body could not be read, naming the field where Jackson knows it. */
final class UnreadableBody {

    private UnreadableBody() {}

    static InvalidParam describe(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof StreamReadException) {
            return new InvalidParam("", "json", "De body is geen geldige JSON.");
        }
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String path = jackson.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return new InvalidParam(path, "type", "De waarde heeft niet het juiste formaat.");
        }
        return new InvalidParam("", "body", "De body ontbreekt of kan niet worden gelezen.");
    }
}
