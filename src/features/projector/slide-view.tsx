import type { Deck, Slide } from "./deck";
import { ItemSlide } from "./item-slide";
import { OverviewSlide } from "./overview-slide";
import { ThemeSlide } from "./theme-slide";

interface SlideViewProps {
  deck: Deck;
  slide: Slide;
  title: string;
  showNotes: boolean;
}

export function SlideView({ deck, slide, title, showNotes }: SlideViewProps) {
  return (
    <article
      className={`projector-slide projector-slide-${slide.kind}`}
      aria-labelledby="projector-slide-title"
    >
      <h2 id="projector-slide-title">{title}</h2>
      {slide.kind === "overview" && <OverviewSlide deck={deck} />}
      {slide.kind === "theme" && <ThemeSlide slide={slide} />}
      {slide.kind === "item" && <ItemSlide slide={slide} showNotes={showNotes} />}
    </article>
  );
}
