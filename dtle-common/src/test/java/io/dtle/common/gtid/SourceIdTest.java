package io.dtle.common.gtid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SourceIdTest {
    @Test
    void ordersUuidsByTheirBytesNotByJavasSignedCompare() {
        List<String> sorted = Stream.of(
                        "ffffffff-0000-0000-0000-000000000000", "80000000-0000-0000-0000-000000000000",
                        "00000000-0000-0000-8000-000000000000", "00000000-0000-0000-0000-000000000001",
                        "7fffffff-ffff-ffff-ffff-ffffffffffff")
                .map(text -> SourceId.untagged(UUID.fromString(text)))
                .sorted()
                .map(SourceId::toString)
                .collect(Collectors.toList());

        assertThat(sorted).containsExactly(
                "00000000-0000-0000-0000-000000000001", "00000000-0000-0000-8000-000000000000",
                "7fffffff-ffff-ffff-ffff-ffffffffffff", "80000000-0000-0000-0000-000000000000",
                "ffffffff-0000-0000-0000-000000000000");
    }

    @Test
    void putsTheUntaggedSequenceBeforeTagsOfTheSameUuid() {
        UUID uuid = UUID.fromString("3e11fa47-71ca-11e1-9e33-c80aa9429562");
        UUID next = UUID.fromString("3e11fa47-71ca-11e1-9e33-c80aa9429563");

        assertThat(Stream.of(new SourceId(next, ""), new SourceId(uuid, "b"), new SourceId(uuid, "_a"),
                        SourceId.untagged(uuid)).sorted())
                .extracting(SourceId::toString)
                .containsExactly(uuid.toString(), uuid + ":_a", uuid + ":b", next.toString());
    }
}
