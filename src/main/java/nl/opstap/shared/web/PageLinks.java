package nl.opstap.shared.web;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Builds paging links that keep the list's other query parameters, as {@code ${@pageLinks.href(...)}}. */
@Component("pageLinks")
public class PageLinks {

    public String href(String path, int page, Map<String, ?> params) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (params != null) {
            params.forEach((name, value) -> {
                if (value != null && !value.toString().isBlank() && !"false".equals(value.toString())) {
                    uri.queryParam(name, value);
                }
            });
        }
        return uri.queryParam("pagina", page).build().encode().toUriString();
    }
}
