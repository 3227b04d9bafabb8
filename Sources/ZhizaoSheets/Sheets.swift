/// Excel workbooks (`.xlsx`, Office Open XML spreadsheets) read as rows of text and written from rows of cells.
/// A workbook is a ZIP archive (ZIPFoundation) of XML parts: `xl/workbook.xml` names the sheets,
/// `xl/sharedStrings.xml` holds their text, `xl/styles.xml` says which number formats are dates, and
/// `xl/worksheets/sheetN.xml` holds the cells.
public enum Sheets {}
