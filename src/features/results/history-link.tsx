import { useTranslation } from "react-i18next";
import { useAppStore } from "../../store/app-store";
import { useHistory } from "../../store/history";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";

/** To the change across years, once the same municipality and role has another year stored; nothing before. */
export function HistoryLink() {
  const { t } = useTranslation("results");
  const language = useAppStore((state) => state.language);
  const history = useHistory();
  if (!history || history.years.length < 2) return null;
  const years = history.years.map((entry) => String(entry.year));
  return (
    <p>
      <Link to={paths.history}>
        {t("history.link", { years: new Intl.ListFormat(language).format(years) })}
      </Link>
    </p>
  );
}
