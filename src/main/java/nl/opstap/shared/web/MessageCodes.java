package nl.opstap.shared.web;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The Dutch code of a message key for URLs and the API: "timeline.category.ladder" has the code given by
 * "timeline.category.ladder.code" (e.g. "trede"), so the module that owns the key also owns its code.
 */
public final class MessageCodes {

    private MessageCodes() {}

    public static String code(MessageSource messages, String key) {
        String fallback = key.substring(key.lastIndexOf('.') + 1);
        return messages.getMessage(key + ".code", null, fallback, Locale.of("nl"));
    }
}
