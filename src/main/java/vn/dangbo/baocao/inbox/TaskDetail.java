package vn.dangbo.baocao.inbox;

import java.util.List;
import vn.dangbo.baocao.contribution.SectionView;
import vn.dangbo.baocao.report.ReportRepository;

/** A task with what its holder needs to do it (GET /api/tasks/{id}). */
public record TaskDetail(TaskView task, List<SectionView> sections, ReportRepository.Comment lastComment) {}
