package nl.opstap.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

class LenientJsonProblemsTest {

    record Inner(@JsonProperty("getal") Integer number, @JsonProperty("datum") LocalDate date) {}

    record Body(@JsonProperty("naam") String name, @JsonProperty("geboortedatum") LocalDate birth,
                @JsonProperty("aantal") Integer count, @JsonProperty("binnen") Inner inner,
                @JsonProperty("lijst") List<Integer> list) {}

    private final JsonMapper json = JsonMapper.builder().addHandler(new LenientJsonProblems()).build();
    private final List<InvalidParam> problems = new ArrayList<>();

    @BeforeEach
    void collect() {
        ServletRequestAttributes attributes = new ServletRequestAttributes(new MockHttpServletRequest());
        attributes.setAttribute(LenientJsonProblems.ATTRIBUTE, problems, RequestAttributes.SCOPE_REQUEST);
        RequestContextHolder.setRequestAttributes(attributes);
    }

    @AfterEach
    void reset() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void readsWrongValuesAsNullAndNamesEachByItsJsonPath() {
        Body body = json.readValue("""
                {"naam": "Jan", "geboortedatum": "02-03-1985", "aantal": "veel",
                 "binnen": {"getal": "x", "datum": "2020-01-01"}, "lijst": [1, "twee"]}""", Body.class);

        assertThat(body.name()).isEqualTo("Jan");
        assertThat(body.birth()).isNull();
        assertThat(body.count()).isNull();
        assertThat(body.inner().date()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(problems).extracting(InvalidParam::name)
                .containsExactly("geboortedatum", "aantal", "binnen.getal", "lijst[1]");
        assertThat(problems.getFirst().reason()).contains("JJJJ-MM-DD");
    }
}
