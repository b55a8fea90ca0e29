import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

/**
 * The floor the app's first paint is compared with: the least a client-rendered React 19 page does before it
 * paints (download React, create a root, render). No CSS, no fonts, no router, no store.
 */
function Floor() {
  return (
    <main>
      <h1>React floor</h1>
      <p>One heading and one paragraph, rendered on the client with createRoot.</p>
    </main>
  );
}

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Floor />
    </StrictMode>,
  );
}
