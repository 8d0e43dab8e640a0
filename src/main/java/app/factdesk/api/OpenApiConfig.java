package app.factdesk.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at {@code /v3/api-docs}: every operation needs a personal access token. */
@Configuration
class OpenApiConfig {

    static final String TOKEN_SCHEME = "personalAccessToken";

    @Bean
    OpenAPI factDeskOpenApi() {
        SecurityScheme token = new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("fdt_...")
                .description("A personal access token created in Fact Desk under Profile → API tokens. It acts with "
                        + "your current role in the workspace it was created for.");
        return new OpenAPI()
                .info(new Info().title("Fact Desk API").version("v1").description("Articles, claims and claim "
                        + "suggestions of one workspace. Errors are JSON: {\"status\", \"error\" (a stable key), "
                        + "\"message\" (English)}."))
                .components(new Components().addSecuritySchemes(TOKEN_SCHEME, token))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN_SCHEME));
    }
}
