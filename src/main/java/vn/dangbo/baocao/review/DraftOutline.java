package vn.dangbo.baocao.review;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.contribution.ReportParts;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.report.ReportAccess;

/** The sections of a report's draft, for attaching a signer's comment to one of them. */
@Service
public class DraftOutline {

    private final ReportAccess access;
    private final ReportParts parts;

    DraftOutline(ReportAccess access, ReportParts parts) {
        this.access = access;
        this.parts = parts;
    }

    public record SectionChoice(String code, String heading) {}

    @Transactional(readOnly = true)
    public List<SectionChoice> sections(Actor actor, long reportId) {
        return parts.template(access.visible(actor, reportId)).allSections().stream()
                .map(s -> new SectionChoice(s.code(), s.numberedHeading()))
                .toList();
    }
}
