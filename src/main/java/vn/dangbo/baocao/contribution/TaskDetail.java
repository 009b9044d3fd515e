package vn.dangbo.baocao.contribution;

import java.util.List;
import vn.dangbo.baocao.inbox.TaskView;
import vn.dangbo.baocao.report.ReportComment;

/** A task with what its holder needs to do it (GET /api/tasks/{id}). */
public record TaskDetail(TaskView task, List<SectionView> sections, ReportComment lastComment) {}
