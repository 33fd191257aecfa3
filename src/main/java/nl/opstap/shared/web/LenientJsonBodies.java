package nl.opstap.shared.web;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Reads API bodies leniently (see {@link LenientJsonProblems}) and, when some values had the wrong
 * type, validates the rest too and answers with every invalid field at once.
 */
@RestControllerAdvice
class LenientJsonBodies extends RequestBodyAdviceAdapter {

    private final SmartValidator validator;

    LenientJsonBodies(SmartValidator validator) {
        this.validator = validator;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converter) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converter) {
        RequestContextHolder.currentRequestAttributes()
                .setAttribute(LenientJsonProblems.ATTRIBUTE, new ArrayList<InvalidParam>(), RequestAttributes.SCOPE_REQUEST);
        return input;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converter) {
        RequestAttributes request = RequestContextHolder.currentRequestAttributes();
        List<InvalidParam> problems = (List<InvalidParam>) request.getAttribute(LenientJsonProblems.ATTRIBUTE,
                RequestAttributes.SCOPE_REQUEST);
        request.removeAttribute(LenientJsonProblems.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (problems == null || problems.isEmpty()) {
            return body;
        }
        if (body == null) {
            throw new InvalidRequestException(List.of(new InvalidParam("", "body", "Stuur de gegevens als één JSON-object.")));
        }
        List<InvalidParam> all = new ArrayList<>(problems);
        Set<String> typed = problems.stream().map(InvalidParam::name).collect(Collectors.toSet());
        BeanPropertyBindingResult validation = new BeanPropertyBindingResult(body, "body");
        validator.validate(body, validation);
        validation.getFieldErrors().forEach(error -> {
            String name = JsonNames.of(body.getClass(), error.getField());
            if (!typed.contains(name)) {
                all.add(new InvalidParam(name, error.getCode() == null ? "invalid" : error.getCode().toLowerCase(),
                        error.getDefaultMessage()));
            }
        });
        throw new InvalidRequestException(all);
    }
}
