package io.dtle.source.history;

import io.debezium.document.Array;
import io.debezium.document.Document;
import io.debezium.document.DocumentReader;
import io.debezium.document.DocumentWriter;
import io.debezium.document.Value;
import io.dtle.source.offset.BinlogOffsetCodec;
import io.dtle.source.schema.AppliedDdl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps a {@link HistoryEntry} to and from the JSON value of a history record:
 * <pre>{@code
 * {"kind": "ddl", "position": {...a source offset, see BinlogOffsetCodec...},
 *  "statements": [{"database": "shop", "ddl": "ALTER TABLE t ADD COLUMN c INT"}]}
 * }</pre>
 */
public final class HistoryEntryCodec {
    private static final String KIND = "kind";
    private static final String POSITION = "position";
    private static final String STATEMENTS = "statements";
    private static final String DATABASE = "database";
    private static final String DDL = "ddl";

    private HistoryEntryCodec() {
    }

    public static String encode(HistoryEntry entry) {
        Document document = Document.create();
        document.setString(KIND, entry.kind().name().toLowerCase(Locale.ROOT));
        Document position = Document.create();
        BinlogOffsetCodec.encode(entry.position()).forEach((key, value) -> {
            if (value instanceof Number number) {
                position.setNumber(key, number.longValue());
            } else {
                position.setString(key, value.toString());
            }
        });
        document.setDocument(POSITION, position);
        Array statements = Array.create();
        for (AppliedDdl statement : entry.statements()) {
            statements.add(Value.create(Document.create(DATABASE, statement.database(), DDL, statement.ddl())));
        }
        document.setArray(STATEMENTS, statements);
        try {
            return DocumentWriter.defaultWriter().write(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an entry written by {@link #encode}; anything else is an IllegalArgumentException naming the text. */
    public static HistoryEntry decode(String json) {
        try {
            Document document = DocumentReader.defaultReader().read(json);
            HistoryEntry.Kind kind = HistoryEntry.Kind.valueOf(document.getString(KIND).toUpperCase(Locale.ROOT));
            Map<String, Object> position = new LinkedHashMap<>();
            document.getDocument(POSITION).stream().forEach(field -> position.put(field.getName().toString(),
                    field.getValue().isNumber() ? (Object) field.getValue().asNumber().longValue()
                            : field.getValue().asString()));
            List<AppliedDdl> statements = new ArrayList<>();
            for (Array.Entry item : document.getArray(STATEMENTS)) {
                Document statement = item.getValue().asDocument();
                statements.add(new AppliedDdl(statement.getString(DATABASE), statement.getString(DDL)));
            }
            return new HistoryEntry(kind, BinlogOffsetCodec.decode(position), statements);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Not a dtle schema history entry: " + json + " (" + e + ")", e);
        }
    }
}
