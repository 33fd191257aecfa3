package nl.opstap.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

class TextWithoutNulTest {

    private final JsonMapper json = JsonMapper.builder()
            .addModule(new SimpleModule().addDeserializer(String.class, new TextWithoutNul())).build();

    record Note(String tekst) {}

    @Test
    void jsonTextWithANulCharacterIsRefusedAndOtherTextIsKept() {
        assertThat(json.readValue("{\"tekst\": \"Gesprek <b>'\\\"\\u00e9\"}", Note.class).tekst()).isEqualTo("Gesprek <b>'\"é");
        assertThatThrownBy(() -> json.readValue("{\"tekst\": \"a\\u0000b\"}", Note.class)).isInstanceOf(JacksonException.class);
    }

    @Test
    void formTextWithANulCharacterIsRefused() {
        TextWithoutNul.Editor editor = new TextWithoutNul.Editor();
        editor.setAsText("Gesprek\tmet regels\n");
        assertThat(editor.getValue()).isEqualTo("Gesprek\tmet regels\n");
        assertThatThrownBy(() -> editor.setAsText("a\0b")).isInstanceOf(IllegalArgumentException.class);
    }
}
