import { useTranslation } from "react-i18next";
import type { Suggestion } from "../../domain/suggestions";

/** "Now → target": the answer's level and where the plan aims, with "fully in place" as the default aim. */
export function NowAndTarget({ suggestion }: { suggestion: Suggestion }) {
  const { t } = useTranslation("plan");
  const { t: tCommon } = useTranslation();
  const target = tCommon(`answer.level${suggestion.target}`);
  return (
    <dl className="now-target">
      <div>
        <dt>{tCommon("plan.current")}</dt>
        <dd>{tCommon(`answer.level${suggestion.current}`)}</dd>
      </div>
      <div className="now-target-target">
        <dt>{tCommon("plan.target")}</dt>
        <dd>{suggestion.hasTarget ? target : t("suggestion.defaultTarget", { level: target })}</dd>
      </div>
    </dl>
  );
}

/** The priority with the sum behind it, so a reader can check the order themselves. */
export function PriorityFigure({ suggestion }: { suggestion: Suggestion }) {
  const { t } = useTranslation("plan");
  return (
    <p className="priority">
      <span className="priority-label">{t("priority.label")}</span>{" "}
      <span className="priority-value">{suggestion.priority}</span>{" "}
      <span className="priority-explain">
        {suggestion.gap > 0
          ? `(${t("priority.explain", { weight: suggestion.item.weight, count: suggestion.gap })})`
          : t("priority.reached")}
      </span>
    </p>
  );
}
