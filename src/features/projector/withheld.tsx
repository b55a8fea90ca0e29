import { useTranslation } from "react-i18next";
import { MIN_GROUP_SIZE } from "../../domain/regional";

/** Said where an aggregate would be, so an empty slide never looks like a zero. */
export function Withheld() {
  const { t } = useTranslation("projector");
  return <p className="projector-withheld">{t("withheld", { min: MIN_GROUP_SIZE })}</p>;
}
