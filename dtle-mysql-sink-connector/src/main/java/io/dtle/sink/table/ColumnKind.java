package io.dtle.sink.table;

import java.util.Locale;

/** The families of MySQL column types whose values the sink binds or compares differently. */
public enum ColumnKind {
    INTEGER, DECIMAL, FLOATING, BIT, DATE, TIME, DATETIME, TIMESTAMP, YEAR, TEXT, BINARY, JSON, ENUM, SET, GEOMETRY;

    /** The kind of an information_schema {@code DATA_TYPE} (e.g. {@code int}, {@code varchar}, {@code point}). */
    public static ColumnKind ofDataType(String dataType) {
        return switch (dataType.toLowerCase(Locale.ROOT)) {
            case "tinyint", "smallint", "mediumint", "int", "integer", "bigint" -> INTEGER;
            case "decimal", "numeric" -> DECIMAL;
            case "float", "double", "real" -> FLOATING;
            case "bit" -> BIT;
            case "date" -> DATE;
            case "time" -> TIME;
            case "datetime" -> DATETIME;
            case "timestamp" -> TIMESTAMP;
            case "year" -> YEAR;
            case "binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob" -> BINARY;
            case "json" -> JSON;
            case "enum" -> ENUM;
            case "set" -> SET;
            case "geometry", "point", "linestring", "polygon", "multipoint", "multilinestring", "multipolygon",
                    "geometrycollection", "geomcollection" -> GEOMETRY;
            default -> TEXT;
        };
    }
}
