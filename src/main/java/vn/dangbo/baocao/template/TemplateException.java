package vn.dangbo.baocao.template;

import java.util.List;
import vn.dangbo.baocao.common.Messages;

/** A template document that cannot be accepted; carries every problem found. */
public class TemplateException extends RuntimeException {

    private final List<TemplateProblem> problems;

    public TemplateException(List<TemplateProblem> problems) {
        super(Messages.get("template.invalid", String.valueOf(problems.size())));
        this.problems = List.copyOf(problems);
    }

    public List<TemplateProblem> problems() {
        return problems;
    }
}
