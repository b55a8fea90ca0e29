// The feature's pages behind one loader: the first bundle then carries one list of their chunks, not three.
export { default as MemberPage } from "./member-page";
export { default as WorkshopPage } from "./workshop-page";
export { default as WorkshopsPage } from "./workshops-page";
