package io.dtle.sink.sql;

import io.dtle.sink.table.TableName;
import io.dtle.sink.table.TargetColumn;
import io.dtle.sink.table.TargetTable;
import io.dtle.sink.table.UniqueKey;
import java.util.List;
import java.util.Optional;

/** Target tables built in memory for unit tests. */
final class TestTables {
    private TestTables() {
    }

    static TargetColumn column(String name, String dataType) {
        return new TargetColumn(name, dataType, dataType, true, false, null);
    }

    static TargetColumn notNull(String name, String dataType) {
        return new TargetColumn(name, dataType, dataType, false, false, null);
    }

    static TargetColumn text(String name, String collation) {
        return new TargetColumn(name, "varchar", "varchar(20)", true, false, collation);
    }

    static TargetTable table(String name, List<TargetColumn> columns, List<TargetColumn> primaryKey,
            List<UniqueKey> unique) {
        return new TargetTable(TableName.of("db", name), columns,
                primaryKey.isEmpty() ? Optional.empty() : Optional.of(new UniqueKey("PRIMARY", primaryKey)),
                unique, false, false);
    }
}
