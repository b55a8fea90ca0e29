import { lazy, Suspense } from "react";
import { useAppStore } from "../store/app-store";
import { useActiveChecklist, useChecklistRegistry } from "../store/checklists";
import { ChecklistErrors } from "./checklist-error";
import { MissingChecklist } from "./missing-checklist";
import { Routes } from "./routes";
import { SiteFooter, SiteHeader } from "./site-frame";
import { StorageProblemBanner } from "./storage-problem-banner";

// Its version logic waits until after the first paint; the notice can only appear once checklists are loaded.
const NewerChecklistNotice = lazy(async () => ({
  default: (await import("./newer-checklist-notice")).NewerChecklistNotice,
}));

/**
 * Subscribes to nothing, so the header and footer are drawn once and stay when the checklists, the saved
 * assessment or an answer arrive: a store change re-renders only the main area, never the whole page.
 */
export function App() {
  return (
    <>
      <SiteHeader />
      <SiteMain />
      <SiteFooter />
    </>
  );
}

function SiteMain() {
  const registry = useChecklistRegistry();
  const checklist = useActiveChecklist();
  // Not the assessment itself, which changes with every answer: the main area re-renders on a checklist change.
  const hasAssessment = useAppStore((state) => state.assessment !== null);
  const hasValidChecklist = (registry?.checklists.length ?? 0) > 0;
  return (
    <main id="main" tabIndex={-1} className="container">
      <StorageProblemBanner />
      {/* Not while the prerendered page is hydrated: the registry arrives after, and the lazy notice with it. */}
      {registry && (
        <Suspense fallback={null}>
          <NewerChecklistNotice />
        </Suspense>
      )}
      {registry && hasAssessment && !checklist && <MissingChecklist />}
      {registry && !hasValidChecklist ? (
        <ChecklistErrors registry={registry} />
      ) : (
        <Routes isChecklistReady={registry !== null} />
      )}
    </main>
  );
}
