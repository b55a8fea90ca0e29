import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Page } from "../../ui/page";
import { paths } from "../../ui/paths";
import { Link, navigate } from "../../ui/router";
import type { Deck } from "./deck";
import { useSlideTitle } from "./slide-title";
import { SlideView } from "./slide-view";
import { useFullscreen } from "./use-fullscreen";
import { useSlideKeys } from "./use-slide-keys";

interface PresenterProps {
  deck: Deck;
  workshopId: string;
  /** The page's title, its h1 inside the stage so that it stays on the screen in full screen. */
  title: string;
}

/** One slide at a time, moved by keys or buttons; the position is shown and each new slide announced. */
export function Presenter({ deck, workshopId, title }: PresenterProps) {
  const { t } = useTranslation("projector");
  const titleOf = useSlideTitle();
  const stage = useRef<HTMLDivElement>(null);
  const fullscreen = useFullscreen(stage);
  const [index, setIndex] = useState(0);
  const [showNotes, setShowNotes] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const total = deck.slides.length;
  const go = (target: number) => {
    const next = Math.min(Math.max(target, 0), total - 1);
    const slide = deck.slides[next];
    if (next === index || !slide) return;
    setIndex(next);
    setAnnouncement(t("announce", { current: next + 1, total, title: titleOf(slide) }));
  };
  const exitPath = paths.workshop(workshopId);
  useSlideKeys({
    move: (step) => go(index + step),
    first: () => go(0),
    last: () => go(total - 1),
    exit: () => navigate(exitPath),
  });
  const slide = deck.slides[index];
  if (!slide) return null;
  return (
    <div ref={stage} className="projector">
      <Page title={title}>
        <SlideView deck={deck} slide={slide} title={titleOf(slide)} showNotes={showNotes} />
        <fieldset className="projector-controls">
          <legend className="visually-hidden">{t("controls.label")}</legend>
          {/* aria-disabled rather than disabled at the ends, so the focus stays on the button. */}
          <button type="button" className="button" aria-disabled={index === 0} onClick={() => go(index - 1)}>
            {t("controls.previous")}
          </button>
          <p className="projector-position">
            <span className="visually-hidden">{t("controls.slide")} </span>
            {index + 1} / {total}
          </p>
          <button
            type="button"
            className="button"
            aria-disabled={index === total - 1}
            onClick={() => go(index + 1)}
          >
            {t("controls.next")}
          </button>
          <label className="projector-toggle">
            <input
              type="checkbox"
              checked={showNotes}
              onChange={(event) => setShowNotes(event.target.checked)}
            />
            {t("controls.notes")}
          </label>
          {fullscreen.isAvailable && (
            <button type="button" className="button" onClick={fullscreen.toggle}>
              {fullscreen.isOn ? t("controls.leaveFullscreen") : t("controls.fullscreen")}
            </button>
          )}
          <Link to={exitPath} className="button">
            {t("controls.exit")}
          </Link>
        </fieldset>
        <p className="projector-keys">{t("controls.keys")}</p>
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </Page>
    </div>
  );
}
