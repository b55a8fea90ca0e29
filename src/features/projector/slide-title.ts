import { useTranslation } from "react-i18next";
import { useAppStore } from "../../store/app-store";
import type { Slide } from "./deck";

/** The heading of a slide, also announced when it comes up. */
export function useSlideTitle(): (slide: Slide) => string {
  const { t } = useTranslation("projector");
  const language = useAppStore((state) => state.language);
  return (slide) => {
    switch (slide.kind) {
      case "overview":
        return t("overview.title");
      case "theme":
        return slide.theme.title[language];
      case "item":
        return `${slide.number} ${slide.item.text[language]}`;
    }
  };
}
