package vn.dangbo.baocao.contribution;

import vn.dangbo.baocao.identity.Unit;
import vn.dangbo.baocao.template.TemplateSection;

/** One unit's part of one section: what a version of content belongs to. */
public record Part(TemplateSection section, Unit unit) {}
