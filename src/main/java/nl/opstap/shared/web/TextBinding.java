package nl.opstap.shared.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** Every form field and request parameter of text is checked by {@link TextWithoutNul.Editor}. */
@ControllerAdvice
class TextBinding {

    @InitBinder
    void refuseNul(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new TextWithoutNul.Editor());
    }
}
