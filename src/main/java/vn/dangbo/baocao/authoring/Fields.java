package vn.dangbo.baocao.authoring;

import java.util.List;
import java.util.Map;

/**
 * The order fields are written in, per kind of object (docs/templates.md): a field the editor adds goes to its
 * place, so a saved template reads like a written one. Fields already present keep their place.
 */
public final class Fields {

    public static final String ROOT = "root";
    public static final String SECTION = "section";
    public static final String ITEM = "item";
    public static final String INDICATOR = "indicator";
    public static final String RULE = "rule";
    public static final String TABLE = "table";
    public static final String ROW = "row";
    public static final String UNIT_TABLE = "unitTable";
    public static final String COLUMN = "column";
    public static final String SIGNATURE = "signature";

    private static final List<String> INDICATOR_ORDER = List.of(
            "key",
            "label",
            "type",
            "unit",
            "min",
            "max",
            "formula",
            "cumulativeOf",
            "cumulativeSince",
            "decimals",
            "digits",
            "carry",
            "hidden",
            "sum");

    private static final Map<String, List<String>> ORDER = Map.of(
            ROOT,
            List.of(
                    "id",
                    "version",
                    "title",
                    "description",
                    "documentType",
                    "format",
                    "signature",
                    "subject",
                    "basis",
                    "closing",
                    "recipients",
                    "numbering",
                    "aggregates",
                    "sections"),
            SECTION,
            List.of(
                    "code",
                    "label",
                    "heading",
                    "appendix",
                    "numbering",
                    "childNumbering",
                    "itemNumbering",
                    "owner",
                    "unitNames",
                    "required",
                    "guidance",
                    "items",
                    "sections"),
            ITEM,
            List.of(
                    "code",
                    "label",
                    "heading",
                    "numbered",
                    "inline",
                    "required",
                    "figures",
                    "guidance",
                    "indicators",
                    "rules",
                    "tables",
                    "unitTables"),
            INDICATOR,
            INDICATOR_ORDER,
            COLUMN,
            INDICATOR_ORDER,
            RULE,
            List.of("expression", "message"),
            TABLE,
            List.of("code", "title", "rowHeader", "columns", "rows"),
            ROW,
            List.of("label", "cells"),
            UNIT_TABLE,
            List.of("code", "title", "merge", "unitHeader", "totalLabel", "columns"),
            SIGNATURE,
            List.of("authority", "position"));

    private Fields() {}

    /** The place of a field among its kind's; unknown fields go last. */
    static int rank(String kind, String field) {
        int index = ORDER.getOrDefault(kind, List.of()).indexOf(field);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
