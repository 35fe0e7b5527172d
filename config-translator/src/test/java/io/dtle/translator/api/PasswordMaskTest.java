package io.dtle.translator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PasswordMaskTest {
    @Test
    void masksPasswordsAtAnyDepthAndNothingElse() throws Exception {
        String job = "{\"Name\": \"j\", \"Tasks\": [{\"Config\": {\"ConnectionConfig\": {\"Host\": \"h\", "
                + "\"password\": \"p1\"}}}, {\"Config\": {\"SrcConnectionConfig\": {\"Password\": \"p2\"}}}]}";
        String masked = PasswordMask.mask(new ObjectMapper().readTree(job)).toString();
        assertThat(masked).doesNotContain("p1", "p2").contains("\"password\":\"*\"", "\"Password\":\"*\"",
                "\"Host\":\"h\"", "\"Name\":\"j\"");
    }

    @Test
    void masksConnectorConfigPasswords() {
        Map<String, String> config = new LinkedHashMap<>(Map.of("database.password", "p", "connection.password", "q",
                "database.user", "u"));
        assertThat(PasswordMask.mask(config)).containsEntry("database.password", "*")
                .containsEntry("connection.password", "*").containsEntry("database.user", "u");
    }
}
