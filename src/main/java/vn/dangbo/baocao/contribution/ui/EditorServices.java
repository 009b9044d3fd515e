package vn.dangbo.baocao.contribution.ui;

import java.time.Clock;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.contribution.AttachmentService;
import vn.dangbo.baocao.contribution.CarryForward;
import vn.dangbo.baocao.contribution.ContributionService;
import vn.dangbo.baocao.contribution.SectionVersions;
import vn.dangbo.baocao.contribution.TaskDetails;
import vn.dangbo.baocao.contribution.WordImport;
import vn.dangbo.baocao.inbox.InboxService;

/** The services the section editor calls, injected once for its screens. */
@Component
record EditorServices(
        ContributionService contributions,
        InboxService inbox,
        TaskDetails details,
        SectionVersions versions,
        CarryForward carryForward,
        WordImport wordImport,
        AttachmentService attachments,
        Clock clock) {}
