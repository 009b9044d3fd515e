package vn.dangbo.baocao.issuance;

/** Turns a document model into the bytes of a .docx file; the same model always gives the same bytes. */
public interface DocumentRenderer {

    byte[] render(DocumentModel model);
}
