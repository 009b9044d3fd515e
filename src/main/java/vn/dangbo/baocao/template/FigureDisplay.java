package vn.dangbo.baocao.template;

/** How an item's figures print in the document (the screen always shows them all). */
public enum FigureDisplay {
    /** "- label: value unit." lines after the item's text, then its tables (the default) */
    LIST,
    /** only the item's tables */
    TABLE,
    /** nothing besides what the text cites with {{key}} */
    INLINE,
    /** nothing: working figures for rules, aggregates and later periods */
    HIDDEN
}
