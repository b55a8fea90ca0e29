import { useTranslation } from "react-i18next";
import { MIN_GROUP_SIZE } from "../../domain/regional";

/** Says why a regional figure is missing, so an empty table never reads as "nobody has it". */
export function TooFew({ count }: { count: number }) {
  const { t } = useTranslation("workshop");
  return <p className="too-few">{t("minimum.body", { count, min: MIN_GROUP_SIZE })}</p>;
}
