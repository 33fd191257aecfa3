package nl.opstap.shared.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.opstap.shared.domain.PageResult;
import org.springframework.web.util.UriComponentsBuilder;

/** Paging metadata and HAL-style links for API list answers. */
public final class ApiPage {

    private ApiPage() {}

    public record Info(@JsonProperty("nummer") int number, @JsonProperty("grootte") int size,
                       @JsonProperty("totaalAantal") long totalElements, @JsonProperty("totaalPaginas") int totalPages) {}

    public record Link(String href) {}

    public static Info info(PageResult<?> page) {
        return new Info(page.page(), page.size(), page.totalElements(), page.totalPages());
    }

    /** self, first, prev, next and last, keeping the request's other query parameters. */
    public static Map<String, Link> links(PageResult<?> page, UriComponentsBuilder request) {
        Map<String, Link> links = new LinkedHashMap<>();
        links.put("self", link(request, page.page(), page.size()));
        links.put("first", link(request, 1, page.size()));
        if (page.hasPrevious()) {
            links.put("prev", link(request, page.page() - 1, page.size()));
        }
        if (page.hasNext()) {
            links.put("next", link(request, page.page() + 1, page.size()));
        }
        links.put("last", link(request, page.totalPages(), page.size()));
        return links;
    }

    private static Link link(UriComponentsBuilder request, int page, int size) {
        return new Link(request.cloneBuilder().replaceQueryParam("pagina", page).replaceQueryParam("paginaGrootte", size)
                .build().encode().toUriString());
    }
}
