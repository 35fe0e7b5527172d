package io.dtle.sink.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetTableTest {
    private static final TargetColumn ID = new TargetColumn("Id", "int", "int", false, false, null);
    private static final TargetColumn CODE = new TargetColumn("code", "varchar", "varchar(5)", false, false,
            "utf8mb4_0900_ai_ci");
    private static final TargetColumn NOTE = new TargetColumn("note", "varchar", "varchar(5)", true, false,
            "utf8mb4_0900_bin");

    private static TargetTable table(Optional<UniqueKey> primary, List<UniqueKey> unique) {
        return new TargetTable(TableName.of("db", "t"), List.of(ID, CODE, NOTE), primary, unique, false, false);
    }

    @Test
    void rowIdentityIsThePrimaryKeyElseTheFirstNotNullUniqueKey() {
        UniqueKey nullable = new UniqueKey("uk_note", List.of(NOTE));
        UniqueKey notNull = new UniqueKey("uk_code", List.of(CODE));
        assertThat(table(Optional.of(new UniqueKey("PRIMARY", List.of(ID))), List.of(notNull)).rowIdentity())
                .map(UniqueKey::name).contains("PRIMARY");
        assertThat(table(Optional.empty(), List.of(nullable, notNull)).rowIdentity()).map(UniqueKey::name)
                .contains("uk_code");
        assertThat(table(Optional.empty(), List.of(nullable)).rowIdentity()).isEmpty();
    }

    @Test
    void columnsAreFoundCaseInsensitively() {
        assertThat(table(Optional.empty(), List.of()).column("ID")).contains(ID);
        assertThat(table(Optional.empty(), List.of()).column("missing")).isEmpty();
    }

    @Test
    void onlyNoPadBinaryCollationsCompareExactly() {
        assertThat(CODE.comparesExactly()).isFalse();
        assertThat(NOTE.comparesExactly()).isTrue();
        assertThat(ID.comparesExactly()).isTrue();
        assertThat(new TargetColumn("b", "bit", "bit(64)", true, false, null).bitWidth()).isEqualTo(64);
        assertThat(new TargetColumn("u", "int", "int unsigned", true, false, null).isUnsigned()).isTrue();
    }

    @Test
    void namesAreCheckedAndQuoted() {
        assertThat(TableName.of("d`b", "t").quoted()).isEqualTo("`d``b`.`t`");
        assertThat(TableName.of("db", "t")).hasToString("db.t");
        assertThatThrownBy(() -> TableName.of("db", "")).hasMessageContaining("empty");
    }
}
