package vn.dangbo.baocao.template;

import java.util.List;

/** A template document that cannot be accepted; carries every problem found. */
public class TemplateException extends RuntimeException {

    private final List<TemplateProblem> problems;

    public TemplateException(List<TemplateProblem> problems) {
        super("Mẫu báo cáo không hợp lệ: " + problems.size() + " lỗi");
        this.problems = List.copyOf(problems);
    }

    public List<TemplateProblem> problems() {
        return problems;
    }
}
