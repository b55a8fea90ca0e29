// The feature's pages behind one loader: the first bundle then carries one list of their chunks, not three.
export { default as InvitePage } from "./invite-page";
export { default as PerspectivesPage } from "./perspectives-page";
export { default as WorkshopPerspectivesPage } from "./workshop-perspectives-page";
