package nl.opstap.shared.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document served at /api/v1/openapi.json (NL API Design Rules: a standard location). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI opstapApi(@Value("${opstap.api-version}") String version) {
        return new OpenAPI()
                .info(new Info().title("Opstap API").version(version)
                        .description("""
                                De API van Opstap. Elk verzoek draagt een persoonlijk API-token (Authorization: Bearer …), \
                                aan te maken onder Mijn account. U ziet alleen gegevens van de gemeenten waarvoor u bevoegd \
                                bent; elke inzage en wijziging komt in het verwerkingenlogboek. Fouten komen als \
                                application/problem+json met per ongeldig veld een regel in invalidParams. Elk antwoord \
                                draagt de header API-Version. Een BSN staat nooit in een URL: zoek op BSN met POST \
                                /api/v1/werkzoekenden/_zoek.""")
                        .license(new License().name("EUPL-1.2").url("https://eupl.eu/1.2/nl/")))
                .components(new Components().addSecuritySchemes("apiToken",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("Persoonlijk API-token (Mijn account → API-tokens)")))
                .addSecurityItem(new SecurityRequirement().addList("apiToken"));
    }

    /** Tags in a fixed order, whatever the order in which the controllers were found: the document is a contract. */
    @Bean
    OpenApiCustomizer sortedTags() {
        return api -> {
            if (api.getTags() != null) {
                api.getTags().sort(java.util.Comparator.comparing(io.swagger.v3.oas.models.tags.Tag::getName));
            }
        };
    }
}
