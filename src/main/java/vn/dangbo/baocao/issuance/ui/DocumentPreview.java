package vn.dangbo.baocao.issuance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import org.springframework.modulith.NamedInterface;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.ui.TextBlocks;
import vn.dangbo.baocao.issuance.DocumentModel;

/** A document read on screen as a page: title, subject, body, closing, recipients and signature. */
@NamedInterface("ui")
public class DocumentPreview extends Div {

    public DocumentPreview(DocumentModel document) {
        addClassName("document-preview");
        setId("document");
        if (document.draft()) {
            Span draft = new Span(Messages.get("ui.document.draft"));
            draft.addClassName("draft-mark");
            add(draft);
        }
        Paragraph issuer = new Paragraph(document.issuerBody().toUpperCase(Messages.VIETNAMESE));
        issuer.addClassName("issuer");
        add(issuer);
        H1 type = new H1(document.documentTypeName());
        type.addClassName("doc-type");
        add(type);
        Div subject = new Div();
        subject.addClassName("subject");
        document.subjectLines().forEach(line -> subject.add(new Paragraph(line)));
        add(subject);
        blocks(document.body());
        if (document.closing() != null && !document.closing().isBlank()) {
            add(new Paragraph(document.closing()));
        }
        Div footer = new Div();
        footer.addClassName("doc-footer");
        UnorderedList recipients = new UnorderedList();
        document.recipients().forEach(r -> recipients.add(new ListItem(r)));
        Div left = new Div(new Span(Messages.get("ui.document.recipients")), recipients);
        left.addClassName("recipients");
        DocumentModel.Signature s = document.signature();
        Div right = new Div(new Paragraph(s.authority()), new Paragraph(s.title()), new Paragraph(s.name()));
        right.addClassName("signature");
        footer.add(left, right);
        add(footer);
        for (DocumentModel.Appendix appendix : document.appendices()) {
            Div title = new Div();
            title.addClassName("subject");
            appendix.title().forEach(line -> title.add(new Paragraph(line)));
            add(title);
            blocks(appendix.body());
        }
    }

    private void blocks(java.util.List<DocumentModel.Block> blocks) {
        for (DocumentModel.Block block : blocks) {
            if (block instanceof DocumentModel.Heading h) {
                add(heading(h));
            } else if (block instanceof DocumentModel.Text t) {
                TextBlocks.of(t.text()).forEach(this::add);
            } else if (block instanceof DocumentModel.Table t) {
                add(table(t));
            } else if (block instanceof DocumentModel.Lead l) {
                String label = l.label() == null || l.label().isBlank() ? "" : l.label() + " ";
                add(new Paragraph(new Span(label + l.heading() + " "), new Span(l.text())));
            }
        }
    }

    private static com.vaadin.flow.component.Component heading(DocumentModel.Heading h) {
        String text = h.label() == null || h.label().isBlank() ? h.text() : h.label() + " " + h.text();
        return switch (Math.min(h.level(), 2)) {
            case 0 -> new H3(text);
            case 1 -> new H4(text);
            default -> new H5(text);
        };
    }

    private static Div table(DocumentModel.Table table) {
        Element t = new Element("table");
        Element head = new Element("tr");
        table.header().forEach(c -> head.appendChild(new Element("th").setText(c)));
        t.appendChild(head);
        for (var row : table.rows()) {
            Element tr = new Element("tr");
            row.forEach(c -> tr.appendChild(new Element("td").setText(c)));
            t.appendChild(tr);
        }
        Div box = new Div();
        box.addClassName("doc-table");
        box.getElement().appendChild(t);
        return box;
    }
}
