import { useTranslation } from "react-i18next";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";

/** Back to the list, and the workshop's other views; as plain text in the loading view, which has no id yet. */
export function WorkshopLinks({ workshopId }: { workshopId?: string }) {
  const { t } = useTranslation("workshop");
  const links = [
    { text: t("view.back"), to: paths.workshops },
    { text: t("view.present"), to: workshopId && paths.workshopPresent(workshopId) },
    { text: t("view.report"), to: workshopId && paths.workshopReport(workshopId) },
  ];
  return (
    <ul className="workshop-links">
      {links.map(({ text, to }) => (
        <li key={text}>{to ? <Link to={to}>{text}</Link> : text}</li>
      ))}
    </ul>
  );
}
