package nl.opstap.shared.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Documents the errors: every API error is application/problem+json ({@code shared.web.ApiProblemHandler}), which
 * springdoc cannot see because the handler's status varies. Each operation gets the answers that can occur for it.
 */
@Component
class OpenApiProblems implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";

    @Override
    public void customise(OpenAPI api) {
        api.getComponents().addSchemas(PROBLEM, problemSchema());
        api.getComponents().addSchemas("InvalidParam", new ObjectSchema()
                .addProperty("name", new StringSchema().description("Het veld, de parameter of de header"))
                .addProperty("code", new StringSchema().description("Soort fout, bv. required of format"))
                .addProperty("reason", new StringSchema().description("Wat er mis is, in het Nederlands"))
                .required(List.of("name", "code", "reason")));
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().values().forEach(path -> path.readOperationsMap().forEach(this::addProblems));
    }

    private void addProblems(PathItem.HttpMethod method, Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        ApiResponses responses = operation.getResponses();
        if (operation.getRequestBody() != null || parameters.stream().anyMatch(p -> !"path".equals(p.getIn()))) {
            add(responses, "400", "Ongeldige invoer; per veld een regel in invalidParams");
        }
        add(responses, "401", "Geen of een ongeldig API-token");
        add(responses, "403", "Geen recht op deze handeling");
        if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
            add(responses, "404", "Bestaat niet of valt buiten de gemeenten waarvoor u bevoegd bent");
        }
        if (method != PathItem.HttpMethod.GET) {
            add(responses, "409", "Strijdig met opgeslagen gegevens, bv. een dubbele registratie");
        }
        if (parameters.stream().anyMatch(p -> "header".equals(p.getIn()) && "If-Match".equalsIgnoreCase(p.getName()))) {
            add(responses, "412", "De versie in If-Match is niet meer de actuele (actueleVersie)");
            add(responses, "428", "If-Match ontbreekt");
        }
    }

    private static void add(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                    .addMediaType("application/problem+json", new MediaType().schema(new Schema<>().$ref(PROBLEM)))));
        }
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema().description("Een fout volgens RFC 9457, met Nederlandse teksten")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("invalidParams", new ArraySchema().items(new Schema<>().$ref("InvalidParam")))
                .addProperty("actueleVersie", new IntegerSchema().description("Bij 412: de actuele versie"))
                .addProperty("referentie", new StringSchema().description("Bij 500: noem deze bij vragen"));
    }
}
