package fr.cpts.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public API's documentation (Swagger UI at /swagger-ui.html), titled for the platform, in French. */
@Configuration
class ApiDocumentation {

    @Bean
    OpenAPI publicApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("API publique de la Plateforme CPTS")
                        .version("v1")
                        .description(
                                "Communes et EPCI, barèmes en vigueur et calcul des financements ACI des CPTS et des aides à "
                                        + "l'emploi d'assistants médicaux, chaque montant expliqué par sa règle et sa source. "
                                        + "Sans authentification.")
                        .license(new License().name("etalab-2.0")));
    }
}
